import type { Peer } from '../types';

/** Colours people are shown in: distinct, and readable as text and outlines on the canvas's light ground. */
export const PRESENCE_COLORS = ['#c2410c', '#1d4ed8', '#15803d', '#a21caf', '#0f766e', '#be185d', '#6d28d9', '#854d0e'] as const;

const NAME_MAX = 40;
const SELECTION_MAX = 200;

/** A colour for a client: the same in every tab and for everyone who sees them. */
export function colorFor(clientId: number): string {
  return PRESENCE_COLORS[Math.abs(clientId) % PRESENCE_COLORS.length]!;
}

/**
 * A peer from another client's presence state, which anyone in the room can set to anything:
 * only a short name, a colour of ours and a list of ids survive; anything else is dropped.
 */
export function peerFromState(clientId: number, state: unknown): Peer | null {
  if (!state || typeof state !== 'object') return null;
  const user = (state as { user?: unknown }).user;
  if (!user || typeof user !== 'object') return null;
  const rawName = (user as { name?: unknown }).name;
  const name = typeof rawName === 'string' && rawName.trim() ? rawName.trim().slice(0, NAME_MAX) : 'Someone';
  const rawColor = (user as { color?: unknown }).color;
  const color = typeof rawColor === 'string' && (PRESENCE_COLORS as readonly string[]).includes(rawColor) ? rawColor : colorFor(clientId);
  const rawSelection = (state as { selection?: unknown }).selection;
  const selection = Array.isArray(rawSelection) ? rawSelection.filter((id): id is string => typeof id === 'string' && id.length <= 128).slice(0, SELECTION_MAX) : [];
  return { clientId, name, color, selection };
}

/** Everyone in the room but this client, ordered by name, from the awareness states. */
export function peersFromStates(states: ReadonlyMap<number, unknown>, self: number): Peer[] {
  const peers: Peer[] = [];
  for (const [id, state] of states) {
    if (id === self) continue;
    const peer = peerFromState(id, state);
    if (peer) peers.push(peer);
  }
  return peers.sort((a, b) => a.name.localeCompare(b.name) || a.clientId - b.clientId);
}

/** The selection this client shows others: node ids only, capped so a presence message stays small. */
export function selectionForPresence(nodes: readonly string[]): string[] {
  return nodes.slice(0, SELECTION_MAX);
}

export const ROOM_KEY_PATTERN = /^room-([0-9a-f]{16})$/;

/** The map key a room's map is kept under in this browser. */
export function roomMapKey(roomId: string): string {
  return `room-${roomId}`;
}

export function roomIdOfKey(key: string): string | null {
  return ROOM_KEY_PATTERN.exec(key)?.[1] ?? null;
}
