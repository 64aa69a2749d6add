import { describe, expect, it } from 'vitest';
import { loadMapValue } from '../../domain/loader';
import { emptyMap } from '../../domain/schema/map';
import { sampleMap, sampleReader } from '../../domain/testing/sampleMap';
import { addEdge } from './edges';
import { copyFragment, pasteFragment } from './fragment';

describe('copy and paste', () => {
  it('copies nodes with the links among them, and pastes them with fresh ids at a point', () => {
    const doc = addEdge(sampleMap(), { id: 'u1', from: 'c2', to: 'e2', relation: 'undercuts' });
    const fragment = copyFragment(doc, ['c1', 'o1', 'c2', 'p1']);
    expect(fragment.edges.map((e) => e.id).sort()).toEqual(['e1', 'e2', 'e3', 'u1']);
    const { doc: after, nodeIds, edgeIds } = pasteFragment(doc, fragment, { x: 1000, y: 500 });
    // Pasted in map order (c1, c2, p1, o1), numbered per kind.
    expect(nodeIds).toEqual(['claim-1', 'claim-2', 'passage-1', 'objection-1']);
    expect(edgeIds).toHaveLength(4);
    const undercut = after.edges.find((e) => e.relation === 'undercuts' && e.from === 'claim-2')!;
    const attack = after.edges.find((e) => e.id === undercut.to)!;
    expect(attack).toMatchObject({ from: 'objection-1', to: 'claim-1', relation: 'attacks' });
    // c1 was at (0,0), the top-left of the copied nodes' places, so it lands on the point.
    expect(after.layout['claim-1']).toEqual({ x: 1000, y: 500 });
    expect(loadMapValue(after, { readSource: sampleReader() }).ok).toBe(true);
  });

  it('brings the records the nodes name into a map that lacks them, so the result validates', () => {
    const fragment = copyFragment(sampleMap(), ['c1', 'p1', 'w1']);
    const target = emptyMap('other', 'Other');
    const { doc } = pasteFragment(target, fragment, { x: 0, y: 0 });
    expect(doc.positions.map((p) => p.id)).toEqual(['bol']);
    expect(doc.questions.map((q) => q.id)).toEqual(['who']);
    expect(doc.references.map((r) => r.id)).toEqual(['lih2006']);
    expect(doc.sources.map((s) => s.id)).toEqual(['s']);
    const loaded = loadMapValue(doc, { readSource: sampleReader() });
    expect(loaded.ok ? [] : loaded.problems.map((p) => p.code)).toEqual([]);
  });

  it('keeps a pasted note\'s `about` only for nodes pasted with it', () => {
    const fragment = copyFragment(sampleMap(), ['n1']);
    const { doc } = pasteFragment(sampleMap(), fragment, { x: 0, y: 0 });
    expect(doc.nodes.at(-1)).toEqual({ id: 'note-1', kind: 'note', text: 'A note.' });
  });
});
