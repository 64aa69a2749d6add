import { describe, expect, it } from 'vitest';
import { emptyMap } from './schema/map';
import { mapStats, worksCited } from './stats';

describe('map stats', () => {
  it('counts the works cited apart from the work cards that cite them', () => {
    const map = {
      ...emptyMap('m', 'M'),
      nodes: [
        { id: 'c1', kind: 'claim' as const, text: 'One' },
        { id: 'c2', kind: 'claim' as const, text: 'Two' },
        { id: 'w1', kind: 'work' as const, ref: 'pipes1990' },
        { id: 'w2', kind: 'work' as const, ref: 'pipes1990' },
        { id: 'w3', kind: 'work' as const, ref: 'lih2011' },
      ],
    };
    expect(worksCited(map)).toBe(2);
    const stats = mapStats(map, {}, {});
    expect(stats.nodes.work).toBe(3);
    expect(stats.worksCited).toBe(2);
    expect(worksCited(emptyMap('e', 'E'))).toBe(0);
  });
});
