import { describe, expect, it } from 'vitest';
import { compareOrder, isOrderKey, planOrder } from './order';

const readBack = (keys: string[], orders: Map<string, string>) =>
  keys
    .map((key) => ({ key, order: orders.get(key) }))
    .sort(compareOrder)
    .map((r) => r.key);

describe('order keys', () => {
  it('keys a fresh list in order', () => {
    const plan = planOrder(['c', 'a', 'b'], () => undefined);
    expect(readBack(['a', 'b', 'c'], plan)).toEqual(['c', 'a', 'b']);
  });

  it('rewrites only what must move, and appends after the last kept key', () => {
    const current = new Map(planOrder(['a', 'b', 'c', 'd'], () => undefined));
    const moved = planOrder(['b', 'c', 'a', 'd', 'e'], (k) => current.get(k));
    expect([...moved.keys()].sort()).toEqual(['a', 'e']);
    for (const [k, v] of moved) current.set(k, v);
    expect(readBack(['a', 'b', 'c', 'd', 'e'], current)).toEqual(['b', 'c', 'a', 'd', 'e']);
  });

  it('ties (two clients picked the same key) read by record key and are split when something goes between', () => {
    const current = new Map([
      ['x', 'a1'],
      ['y', 'a1'],
    ]);
    expect(readBack(['y', 'x'], current)).toEqual(['x', 'y']);
    const plan = planOrder(['x', 'm', 'y'], (k) => current.get(k));
    for (const [k, v] of plan) current.set(k, v);
    expect(readBack(['x', 'y', 'm'], current)).toEqual(['x', 'm', 'y']);
  });

  it('a broken key is not trusted, and a record without one reads last', () => {
    expect(isOrderKey('a0')).toBe(true);
    expect(isOrderKey('a00')).toBe(false);
    expect(isOrderKey(42)).toBe(false);
    const current = new Map<string, unknown>([
      ['a', 'a0'],
      ['b', '!!'],
    ]);
    expect(planOrder(['a', 'b'], (k) => current.get(k)).has('b')).toBe(true);
    expect(readBack(['b', 'a'], new Map([['a', 'a0']]))).toEqual(['a', 'b']);
  });
});
