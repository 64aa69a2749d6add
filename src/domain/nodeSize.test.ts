import { describe, expect, it } from 'vitest';
import { nodeSize, overlappingPairs } from './nodeSize';

describe('overlappingPairs', () => {
  const box = (id: string, x: number, y: number) => ({ id, x, y, width: 100, height: 50 });

  it('finds overlapping boxes and ignores separate or touching ones', () => {
    expect(overlappingPairs([box('a', 0, 0), box('b', 50, 25), box('c', 300, 0), box('d', 150, 0)])).toEqual([['a', 'b']]);
  });

  it('keeps a margin clear when asked', () => {
    expect(overlappingPairs([box('a', 0, 0), box('b', 105, 0)], 10)).toEqual([['a', 'b']]);
  });

  it('sizes unknown kinds with the fallback', () => {
    expect(nodeSize('claim').width).toBe(260);
    expect(nodeSize('banana')).toEqual({ width: 240, height: 80 });
  });
});
