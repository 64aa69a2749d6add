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

/** Where another person's pointer is on the map, in map units, with who they are. */
export interface PeerCursor {
  readonly clientId: number;
  readonly name: string;
  readonly color: string;
  readonly x: number;
  readonly y: number;
}

/** Farther than any map reaches: a cursor out there is someone's garbage, not a place. */
const CURSOR_LIMIT = 1e7;

/** A pointer position from a presence state, or null: two finite numbers within reach, nothing else. */
export function cursorFromState(state: unknown): { x: number; y: number } | null {
  const cursor = state && typeof state === 'object' ? (state as { cursor?: unknown }).cursor : null;
  if (!cursor || typeof cursor !== 'object') return null;
  const { x, y } = cursor as { x?: unknown; y?: unknown };
  if (typeof x !== 'number' || typeof y !== 'number' || !Number.isFinite(x) || !Number.isFinite(y)) return null;
  if (Math.abs(x) > CURSOR_LIMIT || Math.abs(y) > CURSOR_LIMIT) return null;
  return { x, y };
}

/** The pointers of everyone in the room but this client who has one on the map. */
export function cursorsFromStates(states: ReadonlyMap<number, unknown>, self: number): PeerCursor[] {
  const cursors: PeerCursor[] = [];
  for (const [id, state] of states) {
    if (id === self) continue;
    const at = cursorFromState(state);
    const peer = at && peerFromState(id, state);
    if (peer && at) cursors.push({ clientId: id, name: peer.name, color: peer.color, ...at });
  }
  return cursors;
}

/** The pointer this client shows others: whole map units are precise enough, and smaller to send. */
export function cursorForPresence(point: { x: number; y: number } | null): { x: number; y: number } | null {
  return point && Number.isFinite(point.x) && Number.isFinite(point.y) ? { x: Math.round(point.x), y: Math.round(point.y) } : null;
}

/** Whether two lists of peers show the same (a pointer moving changes no peer, so the store is left alone). */
export function samePeers(a: readonly Peer[], b: readonly Peer[]): boolean {
  return a.length === b.length && a.every((p, i) => {
    const q = b[i]!;
    return p.clientId === q.clientId && p.name === q.name && p.color === q.color && p.selection.length === q.selection.length && p.selection.every((id, j) => id === q.selection[j]);
  });
}
