import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CursorShare } from './cursorShare';
import { cursorFromState, cursorsFromStates, samePeers } from './presence';

describe('CursorShare', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('sends a pointer at once, then at most once per interval, and always the last position', () => {
    const sent: unknown[] = [];
    const share = new CursorShare((c) => sent.push(c), 80, () => Date.now());
    share.move({ x: 10.4, y: 20.6 });
    expect(sent).toEqual([{ x: 10, y: 21 }]);
    share.move({ x: 11, y: 21 });
    share.move({ x: 12, y: 22 });
    share.move({ x: 13, y: 23 });
    expect(sent).toHaveLength(1);
    vi.advanceTimersByTime(80);
    expect(sent).toEqual([{ x: 10, y: 21 }, { x: 13, y: 23 }]);
    // Leaving the map goes out too, after the interval.
    share.move(null);
    vi.advanceTimersByTime(79);
    expect(sent).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(sent.at(-1)).toBeNull();
  });

  it('tells listeners of others’ pointers, and clears them (and what was waiting) when the room is left', () => {
    const sent: unknown[] = [];
    const share = new CursorShare((c) => sent.push(c), 80, () => Date.now());
    const seen: number[] = [];
    const stop = share.subscribe((c) => seen.push(c.length));
    share.received([{ clientId: 2, name: 'Ada', color: '#1d4ed8', x: 1, y: 2 }]);
    share.move({ x: 1, y: 1 });
    share.move({ x: 2, y: 2 });
    share.clear();
    vi.advanceTimersByTime(200);
    expect(sent).toEqual([{ x: 1, y: 1 }]);
    expect(seen).toEqual([0, 1, 0]);
    stop();
    share.received([{ clientId: 3, name: 'Boris', color: '#1d4ed8', x: 1, y: 2 }]);
    expect(seen).toEqual([0, 1, 0]);
  });
});

describe('cursors from presence', () => {
  const user = { name: 'Ada', color: '#1d4ed8' };

  it('keeps two finite numbers within reach, and drops anything else anyone sends', () => {
    expect(cursorFromState({ user, cursor: { x: 5, y: -7 } })).toEqual({ x: 5, y: -7 });
    for (const cursor of [null, 'here', { x: '5', y: 1 }, { x: Number.NaN, y: 1 }, { x: Infinity, y: 0 }, { x: 1e9, y: 0 }, { x: 1 }, [1, 2]]) {
      expect(cursorFromState({ user, cursor })).toBeNull();
    }
    expect(cursorFromState({ user, cursor: { x: 1, y: 2, __proto__: { evil: true } } })).toEqual({ x: 1, y: 2 });
  });

  it('lists the others with a pointer on the map, never this client', () => {
    const states = new Map<number, unknown>([
      [1, { user, cursor: { x: 1, y: 2 } }],
      [2, { user: { name: 'Boris', color: '#c2410c' }, cursor: { x: 3, y: 4 } }],
      [3, { user: { name: 'Cleo' } }],
    ]);
    expect(cursorsFromStates(states, 1)).toEqual([{ clientId: 2, name: 'Boris', color: '#c2410c', x: 3, y: 4 }]);
  });

  it('finds peers unchanged when only a pointer moved, and changed when a name or selection did', () => {
    const a = [{ clientId: 1, name: 'Ada', color: '#1d4ed8', selection: ['c-1'] }];
    expect(samePeers(a, [{ ...a[0]! }])).toBe(true);
    expect(samePeers(a, [{ ...a[0]!, selection: ['c-2'] }])).toBe(false);
    expect(samePeers(a, [{ ...a[0]!, name: 'Ada L.' }])).toBe(false);
    expect(samePeers(a, [])).toBe(false);
  });
});
