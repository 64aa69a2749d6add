import { describe, expect, it } from 'vitest';
import { loadMapValue } from '../../domain/loader';
import type { ArgumentMap } from '../../domain/schema/map';
import type { MapNode } from '../../domain/schema/node';
import { memoryReader, SAMPLE_SOURCE } from '../../domain/testing/sampleMap';
import { argdownImporter } from './index';

const reader = memoryReader({ 'sources/s.txt': SAMPLE_SOURCE });

async function importText(text: string, readSource = reader) {
  return argdownImporter.parse(text, { fileName: 'debates/who-leads.argdown', readSource });
}

async function importMapOf(text: string): Promise<ArgumentMap> {
  const result = await importText(text);
  if (!result.ok) throw new Error(result.problems.map((p) => `${p.path} ${p.code} ${p.message}`).join('\n'));
  const loaded = loadMapValue(result.value, { readSource: reader });
  if (!loaded.ok) throw new Error(loaded.problems.map((p) => `${p.path} ${p.code} ${p.message}`).join('\n'));
  return loaded.map;
}

const byTitle = (map: ArgumentMap, title: string): MapNode => {
  const node = map.nodes.find((n) => ('title' in n && n.title === title) || n.id === title);
  if (!node) throw new Error(`no node ${title}`);
  return node;
};
const relation = (map: ArgumentMap, from: string, to: string) =>
  map.edges.filter((e) => e.from === byTitle(map, from).id && e.to === byTitle(map, to).id).map((e) => e.relation);

const DEBATE = `
# Who can lead the revolution?

## Mensheviks

[Stages]: The liberal bourgeoisie must lead the democratic revolution. #central-claim #(two stages)
  - <Betrayal>
  + [Backward]: Russia is too backward for socialism.

<Betrayal>: The liberals will bargain with the Tsar.

(1) [Deal]: The liberals fear the workers more than the Tsar.
(2) [Fear]: Whoever fears the masses makes a deal with the old order.
----
(3) [No lead]: The liberals cannot lead the revolution.
  -> [Stages]

## Bolsheviks

[Workers lead]: Only the workers, leading the peasants, can win the revolution.
  >< [Stages]

[Exception]: In 1905 the liberals stood at the centre of the opposition.
  _> <Betrayal>
`;

describe('Argdown import', () => {
  it('maps statements, arguments, relations, headings and tags', async () => {
    const map = await importMapOf(DEBATE);
    expect(map.id).toBe('who-leads');
    expect(map.questions.map((q) => q.text)).toEqual(['Who can lead the revolution?']);
    expect(map.positions.map((p) => p.label)).toEqual(['Mensheviks', 'Bolsheviks']);
    const stages = byTitle(map, 'Stages');
    expect(stages).toMatchObject({ kind: 'claim', text: 'The liberal bourgeoisie must lead the democratic revolution.', position: 'mensheviks', answers: 'who-can-lead-the-revolution', tags: ['central-claim', 'two stages'] });
    expect(byTitle(map, 'Workers lead')).toMatchObject({ kind: 'claim', position: 'bolsheviks' });
    // The argument attacks, so it is an objection; its description is its text.
    expect(byTitle(map, 'Betrayal')).toMatchObject({ kind: 'objection', text: 'The liberals will bargain with the Tsar.' });
    expect(relation(map, 'Betrayal', 'Stages')).toEqual(['attacks']);
    expect(relation(map, 'Backward', 'Stages')).toEqual(['supports']);
    expect(relation(map, 'Workers lead', 'Stages')).toEqual(['contrasts']);
    // Premise-conclusion structure: premises support the conclusion, the argument supports it too.
    expect(relation(map, 'Deal', 'No lead')).toEqual(['supports']);
    expect(relation(map, 'Fear', 'No lead')).toEqual(['supports']);
    expect(relation(map, 'Betrayal', 'No lead')).toEqual(['supports']);
    expect(relation(map, 'No lead', 'Stages')).toEqual(['attacks']);
    // The undercut denies the argument's step to its conclusion.
    const step = map.edges.find((e) => e.from === byTitle(map, 'Betrayal').id && e.to === byTitle(map, 'No lead').id)!;
    expect(map.edges).toContainEqual(expect.objectContaining({ from: byTitle(map, 'Exception').id, to: step.id, relation: 'undercuts' }));
    expect(byTitle(map, 'Exception').kind).toBe('objection');
  });

  it('reads a quote as a passage when it occurs verbatim in its source, with the source recorded', async () => {
    const map = await importMapOf(`[Q1]: Only the working class, leading the peasantry, could carry the democratic revolution through. #quote {file: "sources/s.txt"}
  +> [C]: The workers must lead.`);
    const passage = byTitle(map, 'q1');
    expect(passage).toMatchObject({ kind: 'passage', source: 's', quote: 'Only the working class, leading the peasantry, could carry the democratic revolution through.' });
    expect(SAMPLE_SOURCE.slice((passage as { start: number }).start, (passage as { end: number }).end)).toBe((passage as { quote: string }).quote);
    expect(map.sources).toEqual([{ id: 's', title: 's.txt', file: 'sources/s.txt' }]);
    expect(relation(map, 'q1', 'C')).toEqual(['supports']);
  });

  it('turns a quote it cannot find into a claim with a located warning', async () => {
    const result = await importText(`[C]: A claim.\n\n[Q]: Words the source never says. #quote {file: "sources/s.txt"}\n  +> [C]`);
    expect(result.ok).toBe(true);
    const warning = result.problems.find((p) => p.code === 'ARGDOWN_QUOTE_UNANCHORED');
    expect(warning).toMatchObject({ severity: 'warning', path: 'line 3:1' });
    expect(result.ok && (result.value as ArgumentMap).nodes.find((n) => n.id === 'q')?.kind).toBe('claim');
  });

  it('without a folder to read sources from (pasted text), quotes come in as claims', async () => {
    const result = await argdownImporter.parse(`[Q]: The liberal bourgeoisie was incapable. #quote {file: "sources/s.txt"}`, {});
    expect(result.problems.map((p) => p.code)).toContain('ARGDOWN_QUOTE_UNANCHORED');
    expect(result.ok && (result.value as ArgumentMap).nodes[0]?.kind).toBe('claim');
  });

  it('refuses a source file outside the folder', async () => {
    const result = await importText(`[Q]: The liberal bourgeoisie. #quote {file: "../../etc/passwd"}`);
    expect(result.problems.find((p) => p.code === 'ARGDOWN_QUOTE_UNANCHORED')?.message).toMatch(/refused/);
  });

  it.each([
    ['an empty document', '   \n\n', 'ARGDOWN_EMPTY', 'line 1:1'],
    ['headings and comments only', '# Title\n\n// a comment\n', 'ARGDOWN_EMPTY', 'line 1:1'],
    ['a support of a work', `[W]: Lih 2006. {kind: work, ref: lih, reference: {id: lih, type: book, title: Lenin Rediscovered}}\n\n[C]: A claim.\n  +> [W]`, 'ARGDOWN_RELATION_UNMAPPED', 'line 4:1'],
    ['an undercut of a statement', `[A]: One.\n\n[B]: Two.\n  _> [A]`, 'ARGDOWN_RELATION_UNMAPPED', 'line 4:1'],
    ['a statement attacking itself', `[A]: One.\n  -> [A]`, 'ARGDOWN_RELATION_UNMAPPED', 'line 2:1'],
    ['a syntax error', `[A]: One.\n\n(1) [P]: premise\n----\n`, 'ARGDOWN_SYNTAX', undefined],
  ])('refuses %s with a coded, located error', async (_name, text, code, path) => {
    const result = await importText(text);
    expect(result.ok).toBe(false);
    const p = result.problems.find((x) => x.code === code);
    expect(p, JSON.stringify(result.problems)).toBeDefined();
    expect(p!.severity).toBe('error');
    if (path) expect(p!.path).toBe(path);
    else expect(p!.path).toMatch(/^line \d+:\d+$/);
  });

  it('never reads the front matter: it changes nothing and pollutes nothing', async () => {
    const body = `[A]: One. #t\n  - [B]: Two.`;
    const plain = await importText(body);
    const fronted = await importText(`===\ntitle: Evil\nmodel:\n  mode: strict\n  removeTagsFromText: false\nprocess: [export-html]\n__proto__:\n  polluted: yes\nconstructor:\n  prototype:\n    polluted: yes\n===\n\n${body}`);
    expect(fronted.ok && plain.ok).toBe(true);
    expect(fronted.ok && fronted.value).toEqual(plain.ok && plain.value);
    expect(fronted.problems.map((p) => p.code)).toContain('ARGDOWN_FRONTMATTER_IGNORED');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('reads only own, well-typed data fields: __proto__ and constructor keys harm nothing', async () => {
    const result = await importText(`[A]: One. {__proto__: {kind: objection, polluted: yes}, constructor: {prototype: {polluted: yes}}, id: "a-1", kind: claim}`);
    expect(result.ok).toBe(true);
    expect(result.ok && (result.value as ArgumentMap).nodes[0]).toMatchObject({ id: 'a-1', kind: 'claim' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('warns about data it cannot use and goes on', async () => {
    const result = await importText(`# Side {position: side, color: red}\n\n[A]: One. {kind: banana, answers: [nowhere]}`);
    expect(result.ok).toBe(true);
    expect(result.problems.filter((p) => p.code === 'ARGDOWN_DATA_IGNORED').map((p) => p.path)).toEqual(['line 1:1', 'line 3:1', 'line 3:1']);
  });

  it('detects Argdown text but not JSON', () => {
    expect(argdownImporter.detect(DEBATE)).toBe(true);
    expect(argdownImporter.detect('{"format": "counterpoint-map"}')).toBe(false);
    expect(argdownImporter.detect('Just a sentence.')).toBe(false);
  });
});
