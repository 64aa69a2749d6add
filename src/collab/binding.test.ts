import { describe, expect, it } from 'vitest';
import type { LoadResult } from '../domain/loader';
import type { ArgumentMap } from '../domain/schema/map';
import { sampleReader } from '../domain/testing/sampleMap';
import { MapDocBinding } from './binding';
import { applyMapDiff } from './diff';
import { docOf, fullSampleMap, mapOf, replicaOf, sync, withNode } from './testing';

/** A stand-in for the store: it holds a map, writes its edits through the binding, and takes what onMap hands it. */
function boundStore() {
  const doc = docOf(fullSampleMap());
  let shown: ArgumentMap = mapOf(doc);
  const received: LoadResult[] = [];
  const binding = new MapDocBinding(doc, {
    readSource: sampleReader(),
    current: () => shown,
    onMap: (result) => {
      received.push(result);
      if (result.ok) shown = result.map;
    },
  });
  const edit = (change: (m: ArgumentMap) => ArgumentMap) => {
    const before = shown;
    shown = change(before);
    binding.write(before, shown);
  };
  return { doc, binding, received, edit, shown: () => shown };
}

describe('MapDocBinding', () => {
  it("hands the store a remote edit, sharing every record it did not change; the store's own edits are not echoed", () => {
    const store = boundStore();
    const other = replicaOf(store.doc);
    const before = store.shown();
    store.edit((m) => withNode(m, 'c2', { text: 'Mine.' }));
    expect(store.received).toHaveLength(0);

    const theirs = mapOf(other);
    applyMapDiff(other, theirs, withNode(theirs, 'o1', { text: 'Theirs.' }), 'them');
    sync(store.doc, other);
    expect(store.received.length).toBeGreaterThan(0);
    const now = store.shown();
    expect(now.nodes.find((n) => n.id === 'o1')).toMatchObject({ text: 'Theirs.' });
    expect(now.nodes.find((n) => n.id === 'c2')).toMatchObject({ text: 'Mine.' });
    // Untouched records keep their identity, so a store's selectors see no change in them.
    expect(now.nodes.find((n) => n.id === 'c1')).toBe(before.nodes.find((n) => n.id === 'c1'));
    expect(now.edges).toBe(before.edges);
  });

  it('undo and redo go through the doc and come back through onMap', () => {
    const store = boundStore();
    const original = store.shown();
    store.edit((m) => withNode(m, 'c1', { text: 'Undo me.' }));
    expect(store.binding.canUndo).toBe(true);
    expect(store.binding.undo()).toBe(true);
    expect(store.shown()).toEqual(original);
    expect(store.binding.redo()).toBe(true);
    expect(store.shown().nodes.find((n) => n.id === 'c1')).toMatchObject({ text: 'Undo me.' });
  });

  it('an edit to a record someone deleted meanwhile is dropped, and the store is told', () => {
    const store = boundStore();
    const other = replicaOf(store.doc);
    const theirs = mapOf(other);
    applyMapDiff(other, theirs, { ...theirs, nodes: theirs.nodes.filter((n) => n.id !== 'o2'), edges: theirs.edges.filter((e) => e.from !== 'o2') }, 'them');
    // The deletion reaches the doc, but say the store has not caught up yet.
    const stale = store.shown();
    sync(store.doc, other);
    store.received.length = 0;
    store.binding.write(stale, withNode(stale, 'o2', { text: 'Too late.' }));
    expect(store.received).toHaveLength(1);
    expect(store.shown().nodes.map((n) => n.id)).not.toContain('o2');
  });
});
