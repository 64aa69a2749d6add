import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { applyMapDiff } from './diff';
import { docOf, fullSampleMap, mapOf, withNode } from './testing';
import { LOCAL_ORIGIN } from './undo';

/** Runs a diff and returns the (collection, key) pairs its one transaction touched. */
function touched(doc: Y.Doc, run: () => void): { origins: unknown[]; changes: string[] } {
  const origins: unknown[] = [];
  const changes: string[] = [];
  const onTx = (tx: Y.Transaction) => {
    origins.push(tx.origin);
    tx.changedParentTypes.forEach((events) =>
      events.forEach((event) => {
        if (!(event instanceof Y.YMapEvent)) return;
        const item = event.target._item;
        const where = item ? `${topName(doc, item.parent)}/${item.parentSub}` : topName(doc, event.target);
        for (const key of event.keysChanged) changes.push(`${where}.${key}`);
      }),
    );
  };
  doc.on('afterTransaction', onTx);
  run();
  doc.off('afterTransaction', onTx);
  return { origins, changes: [...new Set(changes)].sort() };
}

function topName(doc: Y.Doc, type: unknown): string {
  for (const [name, t] of doc.share) if (t === type) return name;
  return '?';
}

describe('applyMapDiff', () => {
  it('writes nothing, not even an empty transaction, when the map did not change', () => {
    const map = fullSampleMap();
    const doc = docOf(map);
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    applyMapDiff(doc, map, map, LOCAL_ORIGIN);
    applyMapDiff(doc, map, structuredClone(map), LOCAL_ORIGIN);
    expect(updates).toEqual([]);
  });

  it('writes one field of one record for a text edit, in one transaction with the given origin', () => {
    const map = fullSampleMap();
    const doc = docOf(map);
    const after = withNode(map, 'c1', { text: 'The bourgeoisie will not lead.' });
    const { origins, changes } = touched(doc, () => applyMapDiff(doc, map, after, LOCAL_ORIGIN));
    expect(origins).toEqual([LOCAL_ORIGIN]);
    expect(changes).toEqual(['nodes/c1.text']);
    expect(mapOf(doc)).toEqual(after);
  });

  it('deletes a cleared optional field, and a deleted record with its order key', () => {
    const map = fullSampleMap();
    const doc = docOf(map);
    const { central: _c, ...plain } = map.nodes[0] as Extract<(typeof map.nodes)[0], { kind: 'claim' }>;
    const after = { ...map, nodes: [plain, ...map.nodes.slice(1)] };
    expect(touched(doc, () => applyMapDiff(doc, map, after, null)).changes).toEqual(['nodes/c1.central']);
    const fewer = { ...after, nodes: after.nodes.filter((n) => n.id !== 'n2') };
    expect(touched(doc, () => applyMapDiff(doc, after, fewer, null)).changes).toEqual(['nodes.n2', 'nodesOrder.n2']);
    expect(mapOf(doc)).toEqual(fewer);
  });

  it('a moved node writes its point alone; a new node its record, its order key and its point', () => {
    const map = fullSampleMap();
    const doc = docOf(map);
    const moved = { ...map, layout: { ...map.layout, c2: { x: 10, y: 20 } } };
    expect(touched(doc, () => applyMapDiff(doc, map, moved, null)).changes).toEqual(['layout.c2']);
    const grown = { ...moved, nodes: [...moved.nodes, { id: 'c3', kind: 'claim' as const, text: 'A third claim.' }], layout: { ...moved.layout, c3: { x: 5, y: 5 } } };
    expect(touched(doc, () => applyMapDiff(doc, moved, grown, null)).changes).toEqual(['layout.c3', 'nodes.c3', 'nodesOrder.c3']);
    expect(mapOf(doc)).toEqual(grown);
  });

  it('moving one record in its list rewrites one order key', () => {
    const map = fullSampleMap();
    const doc = docOf(map);
    const [first, ...rest] = map.nodes;
    const after = { ...map, nodes: [...rest.slice(0, 2), first!, ...rest.slice(2)] };
    expect(touched(doc, () => applyMapDiff(doc, map, after, null)).changes).toEqual(['nodesOrder.c1']);
    expect(mapOf(doc).nodes.map((n) => n.id)).toEqual(after.nodes.map((n) => n.id));
  });

  it('meta fields and optional parts: title, description, laneLayout and outlines come and go', () => {
    const map = fullSampleMap();
    const doc = docOf(map);
    const { laneLayout: _l, outlines: _o, description: _d, ...rest } = map;
    const after = { ...rest, title: 'Renamed' };
    applyMapDiff(doc, map, after, null);
    expect(mapOf(doc)).toEqual(after);
    applyMapDiff(doc, after, map, null);
    expect(mapOf(doc)).toEqual(map);
  });

  it('an edit to a record the doc no longer has is dropped: deletion wins', () => {
    const map = fullSampleMap();
    const doc = docOf(map);
    doc.getMap('nodes').delete('o1');
    const after = withNode(map, 'o1', { text: 'Edited after it was deleted elsewhere.' });
    applyMapDiff(doc, map, after, null);
    expect(doc.getMap('nodes').has('o1')).toBe(false);
  });
});
