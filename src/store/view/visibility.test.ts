import { describe, expect, it } from 'vitest';
import type { ArgumentMap } from '../../domain/schema/map';
import { sampleMap } from '../../domain/testing/sampleMap';
import { computeVisibility, NO_FILTERS } from './visibility';

const none = { filters: NO_FILTERS, collapsed: [], focus: null };

/** c1 <- p1 (states), o1 (attacks, undercut by r3, supported by r1), w1 (assesses); c1 <-> c2; r2 supports both c1 and c2. */
function mapWithSharedEvidence(): ArgumentMap {
  const doc = sampleMap();
  return {
    ...doc,
    nodes: [...doc.nodes, { id: 'r1', kind: 'claim', text: 'Reason for the objection' }, { id: 'r2', kind: 'claim', text: 'Shared reason' }, { id: 'r3', kind: 'objection', text: 'The attack misses' }],
    edges: [
      ...doc.edges,
      { id: 'e5', from: 'r1', to: 'o1', relation: 'supports' },
      { id: 'e6', from: 'r2', to: 'c1', relation: 'supports' },
      { id: 'e7', from: 'r2', to: 'c2', relation: 'supports' },
      { id: 'u1', from: 'r3', to: 'e2', relation: 'undercuts' },
    ],
  };
}

describe('filters', () => {
  it('hides nodes by kind and position, and the edges that touch them', () => {
    const v = computeVisibility(sampleMap(), { ...none, filters: { ...NO_FILTERS, hiddenKinds: ['passage'], hiddenPositions: ['men'] } });
    expect([...v.hiddenNodes].sort()).toEqual(['c2', 'o1', 'p1']);
    expect([...v.hiddenEdges].sort()).toEqual(['e1', 'e2', 'e3']);
  });

  it('hides edges by relation and stance, and works whose every reading is filtered out', () => {
    const v = computeVisibility(sampleMap(), { ...none, filters: { ...NO_FILTERS, hiddenStances: ['complicates'], hiddenRelations: ['contrasts'] } });
    expect([...v.hiddenNodes]).toEqual(['w1']);
    expect([...v.hiddenEdges].sort()).toEqual(['e3', 'e4']);
  });
});

describe('collapse', () => {
  it('hides what hangs under a claim, but not what also argues for a visible claim', () => {
    const v = computeVisibility(mapWithSharedEvidence(), { ...none, collapsed: ['c1'] });
    expect([...v.hiddenNodes].sort()).toEqual(['o1', 'p1', 'r1', 'r3', 'w1']);
    expect(v.collapsedCounts.get('c1')).toBe(5);
    expect(v.hiddenEdges.has('u1')).toBe(true);
    expect(v.hiddenEdges.has('e7')).toBe(false);
  });

  it('hides shared evidence once both claims it supports are collapsed', () => {
    const v = computeVisibility(mapWithSharedEvidence(), { ...none, collapsed: ['c1', 'c2'] });
    expect(v.hiddenNodes.has('r2')).toBe(true);
    expect(v.hiddenNodes.has('c1')).toBe(false);
  });
});

describe('focus', () => {
  it('dims everything beyond N hops of the node in focus', () => {
    const doc = mapWithSharedEvidence();
    const one = computeVisibility(doc, { ...none, focus: { center: 'o1', hops: 1 } });
    // r3 undercuts the link o1 -> c1, which is lit, so r3 is lit with it.
    expect([...one.dimmedNodes].sort()).toEqual(['c2', 'n1', 'p1', 'r2', 'w1']);
    const two = computeVisibility(doc, { ...none, focus: { center: 'o1', hops: 2 } });
    expect([...two.dimmedNodes].sort()).toEqual(['n1']);
  });
});
