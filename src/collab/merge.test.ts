import { describe, expect, it } from 'vitest';
import type { ArgumentMap } from '../domain/schema/map';
import { applyMapDiff } from './diff';
import { docOf, fullSampleMap, mapOf, replicaOf, sync, withNode } from './testing';

/** Two clients on one room, each with the map as last read from its own doc. */
function twoClients(map = fullSampleMap()) {
  const a = docOf(map);
  const b = replicaOf(a);
  return { a, b, map: mapOf(a) };
}

const edit = (doc: Parameters<typeof applyMapDiff>[0], before: ArgumentMap, after: ArgumentMap) => applyMapDiff(doc, before, after, 'local');

describe('concurrent edits on two docs', () => {
  it('edits to different records both land, on both sides', () => {
    const { a, b, map } = twoClients();
    edit(a, map, withNode(map, 'c1', { text: 'A edits c1.' }));
    edit(b, map, withNode(map, 'o1', { text: 'B edits o1.' }));
    sync(a, b);
    expect(mapOf(a)).toEqual(mapOf(b));
    const byId = new Map(mapOf(a).nodes.map((n) => [n.id, n]));
    expect(byId.get('c1')).toMatchObject({ text: 'A edits c1.' });
    expect(byId.get('o1')).toMatchObject({ text: 'B edits o1.' });
  });

  it('edits to different fields of one record merge field by field', () => {
    const { a, b, map } = twoClients();
    edit(a, map, withNode(map, 'c2', { text: 'A rewrites the text.' }));
    edit(b, map, withNode(map, 'c2', { position: 'bol', central: true }));
    sync(a, b);
    expect(mapOf(a)).toEqual(mapOf(b));
    expect(mapOf(a).nodes.find((n) => n.id === 'c2')).toMatchObject({ text: 'A rewrites the text.', position: 'bol', central: true });
  });

  it('edits to the same field converge on one of the two values', () => {
    const { a, b, map } = twoClients();
    edit(a, map, withNode(map, 'c1', { text: 'From A.' }));
    edit(b, map, withNode(map, 'c1', { text: 'From B.' }));
    sync(a, b);
    const text = (mapOf(a).nodes.find((n) => n.id === 'c1') as { text: string }).text;
    expect(['From A.', 'From B.']).toContain(text);
    expect(mapOf(b)).toEqual(mapOf(a));
  });

  it('delete against edit: the deletion wins, with its links, and the other edits stay', () => {
    const { a, b, map } = twoClients();
    const deleted = { ...map, nodes: map.nodes.filter((n) => n.id !== 'o1'), edges: map.edges.filter((e) => e.from !== 'o1') };
    edit(a, map, deleted);
    edit(b, map, withNode(withNode(map, 'o1', { text: 'B edits the objection A deletes.' }), 'c2', { text: 'B edits c2 too.' }));
    sync(a, b);
    expect(mapOf(a)).toEqual(mapOf(b));
    expect(mapOf(a).nodes.map((n) => n.id)).not.toContain('o1');
    expect(mapOf(a).nodes.find((n) => n.id === 'c2')).toMatchObject({ text: 'B edits c2 too.' });
  });

  it('delete against a new link or note to the deleted node: the map stays valid, the link and the mention are left out', () => {
    const { a, b, map } = twoClients();
    const deleted = { ...map, nodes: map.nodes.filter((n) => n.id !== 'c2'), edges: map.edges.filter((e) => e.to !== 'c2' && e.from !== 'c2') };
    edit(a, map, deleted);
    const linked: ArgumentMap = {
      ...withNode(map, 'n1', { about: ['c1', 'c2'] }),
      edges: [...map.edges, { id: 'e9', from: 'o1', to: 'c2', relation: 'attacks' }, { id: 'e10', from: 'o2', to: 'e9', relation: 'undercuts' }],
    };
    edit(b, map, linked);
    sync(a, b);
    const merged = mapOf(a);
    expect(mapOf(b)).toEqual(merged);
    expect(merged.edges.map((e) => e.id)).not.toContain('e9');
    expect(merged.edges.map((e) => e.id)).not.toContain('e10');
    expect(merged.nodes.find((n) => n.id === 'n1')).toMatchObject({ about: ['c1'] });
  });

  it('records inserted at the same place by both converge on one order, both kept', () => {
    const { a, b, map } = twoClients();
    const add = (id: string) => ({ ...map, nodes: [...map.nodes, { id, kind: 'claim' as const, text: `Claim ${id}.` }] });
    edit(a, map, add('a1'));
    edit(b, map, add('b1'));
    sync(a, b);
    const ids = mapOf(a).nodes.map((n) => n.id);
    expect(mapOf(b).nodes.map((n) => n.id)).toEqual(ids);
    expect(ids.slice(0, map.nodes.length)).toEqual(map.nodes.map((n) => n.id));
    expect(ids.slice(-2).sort()).toEqual(['a1', 'b1']);
    // A later insert between the two tied records is placed exactly there.
    const current = mapOf(a);
    const [x, y] = current.nodes.slice(-2);
    const between = { ...current, nodes: [...current.nodes.slice(0, -2), x!, { id: 'mid', kind: 'claim' as const, text: 'Between.' }, y!] };
    edit(a, current, between);
    sync(a, b);
    expect(mapOf(b).nodes.map((n) => n.id)).toEqual(between.nodes.map((n) => n.id));
  });

  it('two moves of one record converge without duplicating it', () => {
    const { a, b, map } = twoClients();
    const moveTo = (index: number) => {
      const rest = map.nodes.filter((n) => n.id !== 'c1');
      return { ...map, nodes: [...rest.slice(0, index), map.nodes[0]!, ...rest.slice(index)] };
    };
    edit(a, map, moveTo(2));
    edit(b, map, moveTo(5));
    sync(a, b);
    const ids = mapOf(a).nodes.map((n) => n.id);
    expect(mapOf(b).nodes.map((n) => n.id)).toEqual(ids);
    expect(ids.filter((id) => id === 'c1')).toHaveLength(1);
    expect(ids).toHaveLength(map.nodes.length);
  });

  it('moving one node on each side moves both; moving the same node converges on one point', () => {
    const { a, b, map } = twoClients();
    edit(a, map, { ...map, layout: { ...map.layout, c1: { x: 100, y: 100 } } });
    edit(b, map, { ...map, layout: { ...map.layout, c2: { x: -5, y: -5 } } });
    sync(a, b);
    expect(mapOf(a).layout).toEqual({ c1: { x: 100, y: 100 }, c2: { x: -5, y: -5 } });
    const now = mapOf(a);
    edit(a, now, { ...now, layout: { ...now.layout, c1: { x: 1, y: 1 } } });
    edit(b, now, { ...now, layout: { ...now.layout, c1: { x: 2, y: 2 } } });
    sync(a, b);
    expect(mapOf(a).layout).toEqual(mapOf(b).layout);
    expect([1, 2]).toContain(mapOf(a).layout.c1!.x);
  });
});
