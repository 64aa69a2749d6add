import { describe, expect, it } from 'vitest';
import { sampleMap } from './testing/sampleMap';
import { describeDifference, summarizeVersion } from './versionSummary';

describe('summarizing an earlier version', () => {
  it('counts its nodes by kind and finds none different from an identical map', () => {
    const map = sampleMap();
    const s = summarizeVersion(map, map);
    expect(s.nodes).toBe(map.nodes.length);
    expect(s.claims).toBe(map.nodes.filter((n) => n.kind === 'claim').length);
    expect(s.passages).toBe(map.nodes.filter((n) => n.kind === 'passage').length);
    expect(describeDifference(s)).toBe('Same nodes as now');
  });

  it('tells nodes added since, removed since and changed', () => {
    const version = sampleMap();
    const [first, second, ...rest] = version.nodes;
    const current = { ...version, nodes: [{ ...first!, text: 'Changed' } as typeof first & object, ...rest, { id: 'new-claim', kind: 'claim', text: 'New' } as (typeof version.nodes)[number]] };
    const s = summarizeVersion(version, current);
    expect([s.added, s.removed, s.changed]).toEqual([1, 1, 1]);
    expect(describeDifference(s)).toBe('Nodes: 1 added since, 1 removed since, 1 changed');
    expect(second).toBeDefined();
  });
});
