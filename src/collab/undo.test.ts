import { describe, expect, it } from 'vitest';
import { applyMapDiff } from './diff';
import { docOf, fullSampleMap, mapOf, replicaOf, sync, withNode } from './testing';
import { createUndoManager, LOCAL_ORIGIN } from './undo';

describe('undo with Y.UndoManager tracking the local origin', () => {
  it("undoes only this user's edits, keeps the others", () => {
    const map = fullSampleMap();
    const mine = docOf(map);
    const theirs = replicaOf(mine);
    const undo = createUndoManager(mine);

    const base = mapOf(mine);
    const afterMine = withNode(base, 'c1', { text: 'My edit.' });
    applyMapDiff(mine, base, afterMine, LOCAL_ORIGIN);
    const theirBase = mapOf(theirs);
    applyMapDiff(theirs, theirBase, withNode(withNode(theirBase, 'c2', { text: 'Their edit.' }), 'c1', { position: 'men' }), LOCAL_ORIGIN);
    sync(mine, theirs);

    expect(undo.undoStack).toHaveLength(1);
    undo.undo();
    sync(mine, theirs);
    const after = mapOf(mine);
    expect(mapOf(theirs)).toEqual(after);
    const c1 = after.nodes.find((n) => n.id === 'c1');
    // My text is gone; their position on the same record, and their other edit, stay.
    expect(c1).toMatchObject({ text: 'The bourgeoisie cannot lead.', position: 'men' });
    expect(after.nodes.find((n) => n.id === 'c2')).toMatchObject({ text: 'Their edit.' });

    undo.redo();
    expect(mapOf(mine).nodes.find((n) => n.id === 'c1')).toMatchObject({ text: 'My edit.', position: 'men' });
  });

  it('each diff is one step; undoing a deletion brings the record back with its links', () => {
    const map = fullSampleMap();
    const doc = docOf(map);
    const undo = createUndoManager(doc);
    const one = withNode(map, 'c2', { text: 'Step one.' });
    applyMapDiff(doc, map, one, LOCAL_ORIGIN);
    const two = { ...one, nodes: one.nodes.filter((n) => n.id !== 'o1'), edges: one.edges.filter((e) => e.from !== 'o1' && e.to !== 'o1') };
    applyMapDiff(doc, one, two, LOCAL_ORIGIN);
    expect(undo.undoStack).toHaveLength(2);
    undo.undo();
    expect(mapOf(doc)).toEqual(mapOf(docOf(one)));
    undo.undo();
    expect(mapOf(doc)).toEqual(mapOf(docOf(map)));
  });

  it('edits with another origin (a remote client, a fill) are not undoable here', () => {
    const map = fullSampleMap();
    const doc = docOf(map);
    const undo = createUndoManager(doc);
    applyMapDiff(doc, map, withNode(map, 'c1', { text: 'Arrived from the server.' }), 'provider');
    expect(undo.undoStack).toHaveLength(0);
  });
});
