import { describe, expect, it } from 'vitest';
import type { Edge } from '../schema/edge';
import type { ArgumentMap } from '../schema/map';
import { buildOutline } from './build';
import { allItems, itemById, loadDebateFixture, section } from '../../../tests/fixtures/outline/fixture';
import type { Outline } from './types';

const { map, sourceTexts } = loadDebateFixture();

function outlineOf(m: ArgumentMap, thesis: string, depth?: number): Outline {
  const r = buildOutline(m, thesis, depth === undefined ? { sourceTexts } : { sourceTexts, depth });
  if (!r.ok) throw new Error(r.problem.message);
  return r.outline;
}

const withEdges = (...edges: Edge[]): ArgumentMap => ({ ...map, edges: [...map.edges, ...edges] });

describe('buildOutline on the permanent-revolution fixture', () => {
  const outline = outlineOf(map, 'permanent-revolution');

  it('opens with the thesis and its passages, numbered by paragraph of the source', () => {
    expect(outline.thesis).toMatchObject({ id: 'node:permanent-revolution', role: 'thesis', nodeId: 'permanent-revolution', position: { label: 'Trotsky, 1905-06' } });
    const evidence = outline.thesis.children;
    expect(evidence.map((e) => e.nodeId)).toEqual(['permanent-revolution-p1', 'permanent-revolution-p2', 'permanent-revolution-p3']);
    const paragraphs = sourceTexts.rrs!.split('\n\n');
    for (const e of evidence) {
      const quote = map.nodes.find((n) => n.id === e.nodeId);
      expect(quote?.kind === 'passage' && e.text === quote.quote).toBe(true);
      expect(paragraphs[e.passage!.paragraph! - 1]).toContain(e.text);
    }
  });

  it('orders evidence as the source does, whatever the order of the edges', () => {
    const reversed = outlineOf({ ...map, edges: [...map.edges].reverse() }, 'permanent-revolution');
    expect(reversed.thesis.children.map((e) => e.nodeId)).toEqual(['permanent-revolution-p1', 'permanent-revolution-p2', 'permanent-revolution-p3']);
  });

  it('has the sections in essay order', () => {
    expect(outline.sections.map((s) => s.heading)).toEqual(['Arguments for', 'Counter-arguments', 'Historiography', 'Conclusion']);
  });

  it('lists each supporting claim as a reason with its own passages', () => {
    const reasons = section(outline, 'section:arguments').items;
    expect(reasons.map((r) => [r.id, r.role, r.nodeId])).toEqual([
      ['link:r1', 'reason', 'bourgeoisie-cannot-lead'],
      ['link:r2', 'reason', 'lenin-april-turn'],
    ]);
    expect(reasons[0]!.children.map((c) => c.role)).toEqual(['evidence', 'evidence']);
  });

  it('gives an objection the reply the map holds, on the thesis side', () => {
    const objection = itemById(outline, 'link:a1');
    expect(objection).toMatchObject({ role: 'objection', side: 'against', cite: { refId: 'stalin1924b' } });
    const reply = objection.children.find((c) => c.role === 'reply');
    expect(reply).toMatchObject({ id: 'link:a2', side: 'for', nodeId: 'trotsky-proletarian-dictatorship' });
    expect(reply!.children.map((c) => c.role)).toEqual(['evidence']);
  });

  it('counts an undercut of a support link among the counter-arguments, naming the link', () => {
    const counter = section(outline, 'section:counter-arguments').items;
    const undercut = counter.find((i) => i.role === 'undercut');
    expect(undercut).toMatchObject({ id: 'link:u1', nodeId: 'obj-old-bolshevism', side: 'against' });
    expect(undercut!.denies).toEqual({ from: 'Lenin’s April 1917 reorientation of the Bolsheviks', to: 'Permanent revolution' });
    // Shown once: not repeated under the reason whose link it denies.
    expect(allItems(outline).filter((i) => i.id === 'link:u1')).toHaveLength(1);
  });

  it('adds the contrasting claim as a rival answer', () => {
    const rival = section(outline, 'section:counter-arguments').items.at(-1);
    expect(rival).toMatchObject({ role: 'rival', nodeId: 'socialism-in-one-country', position: { id: 'stalin' } });
  });

  it('groups the historiography by stance, in a fixed order, with notes and authors', () => {
    const groups = section(outline, 'section:historiography').items;
    expect(groups.map((g) => g.id)).toEqual(['stance:supports', 'stance:challenges', 'stance:complicates']);
    expect(groups.map((g) => g.children.map((w) => w.authors?.[0]))).toEqual([
      ['Trotsky', 'Deutscher'],
      ['Stalin', 'Pipes'],
      ['Lih', 'Ascher'],
    ]);
    expect(groups[2]!.children[0]).toMatchObject({ role: 'work', cite: { refId: 'lih-russian-history' }, year: 2011 });
    expect(groups[2]!.children[0]!.note).toMatch(/weakens the claim/);
  });

  it('takes pages and notes from the assesses edge before the work', () => {
    const edited: ArgumentMap = {
      ...map,
      nodes: map.nodes.map((n) => (n.id === 'w-pipes1990' ? { ...n, pages: '1-10', note: 'work note' } : n.id === 'w-ascher1988' ? { ...n, pages: '3' } : n)),
      edges: map.edges.map((e) => (e.from === 'w-pipes1990' ? { ...e, pages: '385' } : e)),
    };
    const o = outlineOf(edited, 'permanent-revolution');
    const pipes = allItems(o).find((i) => i.nodeId === 'w-pipes1990')!;
    expect(pipes.cite).toEqual({ refId: 'pipes1990', pages: '385' });
    expect(pipes.note).toMatch(/intellectuals/);
    expect(allItems(o).find((i) => i.nodeId === 'w-ascher1988')!.cite).toEqual({ refId: 'ascher1988', pages: '3' });
  });

  it('ends with a prompt that counts what the outline weighs', () => {
    const prompt = section(outline, 'section:conclusion').items[0]!;
    expect(prompt.role).toBe('prompt');
    expect(prompt.text).toContain('2 arguments for the thesis against the 2 counter-arguments and the 1 rival answer');
    expect(prompt.text).toContain('2 support it, 2 challenge it, 2 complicate it');
  });

  it('derives every item id from a node or edge id, uniquely', () => {
    const ids = allItems(outline).map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^(node|link|stance|prompt):/);
  });

  it('keeps item ids when unrelated parts of the map change', () => {
    const edited: ArgumentMap = { ...map, nodes: [...map.nodes, { id: 'extra', kind: 'claim', text: 'Unrelated.' }] };
    expect(allItems(outlineOf(edited, 'permanent-revolution')).map((i) => i.id)).toEqual(allItems(outline).map((i) => i.id));
  });
});

describe('buildOutline on awkward maps', () => {
  it('says so when a claim has no evidence, and still walks its reasons', () => {
    const o = outlineOf(map, 'international-revolution');
    expect(o.thesis.children).toEqual([]);
    const reason = section(o, 'section:arguments').items[0]!;
    expect(reason).toMatchObject({ id: 'link:r3', nodeId: 'permanent-revolution' });
    expect(reason.children.some((c) => c.role === 'reason' && c.nodeId === 'lenin-april-turn')).toBe(true);
  });

  it('ends a cycle back to the thesis with a marked repeat', () => {
    const o = outlineOf(withEdges({ id: 'loop', from: 'permanent-revolution', to: 'bourgeoisie-cannot-lead', relation: 'supports' }), 'permanent-revolution');
    const repeat = itemById(o, 'link:loop');
    expect(repeat).toMatchObject({ repeatOf: 'node:permanent-revolution', children: [] });
  });

  it('ends a cycle below the thesis, showing each node in full once', () => {
    const m = withEdges(
      { id: 'x1', from: 'bourgeoisie-cannot-lead', to: 'lenin-april-turn', relation: 'supports' },
      { id: 'x2', from: 'lenin-april-turn', to: 'bourgeoisie-cannot-lead', relation: 'supports' },
    );
    const o = outlineOf(m, 'permanent-revolution', 12);
    expect(itemById(o, 'link:x1').repeatOf).toBe('link:r1');
    expect(itemById(o, 'link:x2').repeatOf).toBe('link:r2');
    const full = allItems(o).filter((i) => i.nodeId === 'lenin-april-turn' && i.repeatOf === undefined);
    expect(full).toHaveLength(1);
  });

  it('stops at the depth limit and says how many links it left', () => {
    const o = outlineOf(map, 'permanent-revolution', 1);
    expect(o.depthLimit).toBe(1);
    const objection = itemById(o, 'link:a1');
    expect(objection.children.some((c) => c.role === 'reply')).toBe(false);
    expect(objection.cut).toBe(1);
    expect(itemById(o, 'link:r1').cut).toBeUndefined();
  });

  it('limits a long chain of reasons at the default depth of 4', () => {
    const chain = ['c-a', 'c-b', 'c-c', 'c-d', 'c-e'];
    const m: ArgumentMap = {
      ...map,
      nodes: [...map.nodes, ...chain.map((id) => ({ id, kind: 'claim' as const, text: `Step ${id}.` }))],
      edges: [
        ...map.edges,
        ...chain.map((id, i) => ({ id: `ch${i}`, from: id, to: i === 0 ? 'international-revolution' : chain[i - 1]!, relation: 'supports' as const })),
      ],
    };
    const o = outlineOf(m, 'international-revolution');
    expect(o.depthLimit).toBe(4);
    const fourth = itemById(o, 'link:ch3');
    expect(fourth.children).toEqual([]);
    expect(fourth.cut).toBe(1);
    expect(allItems(o).some((i) => i.id === 'link:ch4')).toBe(false);
  });

  it('nests an undercut of an objection link under the objection, as a defence of the thesis', () => {
    const o = outlineOf(withEdges({ id: 'u2', from: 'lenin-april-turn', to: 'a1', relation: 'undercuts' }), 'permanent-revolution', 6);
    const undercut = itemById(o, 'link:a1').children.find((c) => c.role === 'undercut');
    expect(undercut).toMatchObject({ id: 'link:u2', side: 'for', repeatOf: 'link:r2' });
  });

  it('shows a passage that attacks a claim as an objection in the source’s words', () => {
    const o = outlineOf(withEdges({ id: 'pa', from: 'socialism-in-one-country-p1', to: 'permanent-revolution', relation: 'attacks' }), 'permanent-revolution');
    const item = itemById(o, 'link:pa');
    expect(item.role).toBe('objection');
    expect(item.passage?.paragraph).toBeGreaterThan(0);
  });

  it('refuses an unknown thesis by name, and a passage as thesis', () => {
    const r = buildOutline(map, 'ghost');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.problem.code).toBe('UNKNOWN_THESIS');
      expect(r.problem.message).toContain('"ghost"');
    }
    const p = buildOutline(map, 'permanent-revolution-p1');
    expect(!p.ok && p.problem.message).toMatch(/is a passage/);
  });
});
