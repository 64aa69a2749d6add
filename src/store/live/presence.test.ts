import { describe, expect, it } from 'vitest';
import { colorFor, peerFromState, peersFromStates, PRESENCE_COLORS, roomIdOfKey, roomMapKey, selectionForPresence } from './presence';

describe('presence', () => {
  it('keeps a short name, one of our colours and string ids from a state', () => {
    const peer = peerFromState(7, { user: { name: '  Ada  ', color: PRESENCE_COLORS[2] }, selection: ['claim-1', 5, 'x'.repeat(200), 'e-2'] });
    expect(peer).toEqual({ clientId: 7, name: 'Ada', color: PRESENCE_COLORS[2], selection: ['claim-1', 'e-2'] });
  });

  it('drops hostile or odd values: markup stays text, a foreign colour is replaced, a long name is cut', () => {
    const peer = peerFromState(3, { user: { name: '<img src=x onerror=alert(1)>'.repeat(5), color: 'red; background:url(x)' }, selection: 'all' });
    expect(peer?.name.length).toBe(40);
    expect(peer?.name.startsWith('<img')).toBe(true);
    expect(peer?.color).toBe(colorFor(3));
    expect(peer?.selection).toEqual([]);
    expect(peerFromState(4, { selection: [] })).toBeNull();
    expect(peerFromState(5, null)).toBeNull();
    expect(peerFromState(6, { user: { name: 42 } })?.name).toBe('Someone');
  });

  it('lists everyone but this client, by name', () => {
    const states = new Map<number, unknown>([
      [1, { user: { name: 'Zoe' } }],
      [2, { user: { name: 'Me' } }],
      [3, { user: { name: 'Ann' } }],
      [4, {}],
    ]);
    expect(peersFromStates(states, 2).map((p) => p.name)).toEqual(['Ann', 'Zoe']);
  });

  it('caps the selection shown to others', () => {
    expect(selectionForPresence(Array.from({ length: 500 }, (_, i) => `n-${i}`))).toHaveLength(200);
  });

  it('names a room map by the room id and reads it back', () => {
    expect(roomIdOfKey(roomMapKey('0123456789abcdef'))).toBe('0123456789abcdef');
    expect(roomIdOfKey('room-xyz')).toBeNull();
    expect(roomIdOfKey('permanent-revolution')).toBeNull();
  });
});
