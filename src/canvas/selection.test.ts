import { describe, expect, it } from 'vitest';
import { applySelectChanges } from './selection';

describe('applying React Flow select changes', () => {
  it('adds and removes ids, keeping the order of selection', () => {
    const next = applySelectChanges(['a', 'b'], [
      { type: 'select', id: 'c', selected: true },
      { type: 'select', id: 'a', selected: false },
      { type: 'select', id: 'b', selected: true },
    ]);
    expect(next).toEqual(['b', 'c']);
  });

  it('returns the same list when no select change applies', () => {
    const current = ['a'];
    expect(applySelectChanges(current, [{ type: 'position', id: 'a', position: { x: 1, y: 1 } }])).toBe(current);
  });
});
