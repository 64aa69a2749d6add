/**
 * Rooms and their secrets. A room's id is derived from its secret (the first 16 hex digits
 * of SHA-256 over a fixed label and the secret), so any server instance can check that a
 * client knows the secret of the room it asks for without keeping any state, and the id
 * (which appears in links' queries and in server logs) gives the secret away to no one.
 *
 * Web Crypto only, so the same code runs in the browser and in Node.
 */

/** 32 random bytes in base64url: 43 characters, 256 bits. */
export const SECRET_PATTERN = /^[A-Za-z0-9_-]{32,128}$/;
export const ROOM_ID_PATTERN = /^[0-9a-f]{16}$/;
const LABEL = 'counterpoint-room:';

export function newRoomSecret(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return base64url(bytes);
}

export function isRoomSecret(value: unknown): value is string {
  return typeof value === 'string' && SECRET_PATTERN.test(value);
}

export function isRoomId(value: unknown): value is string {
  return typeof value === 'string' && ROOM_ID_PATTERN.test(value);
}

/** The room id a secret opens; refuses a string too short to be a secret. */
export async function roomIdForSecret(secret: string): Promise<string> {
  if (!isRoomSecret(secret)) throw new Error('a room secret is 32 to 128 characters of A-Z a-z 0-9 _ -');
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(LABEL + secret));
  return [...new Uint8Array(digest).slice(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** True when `secret` is the secret of room `roomId`; never throws. */
export async function secretOpensRoom(secret: unknown, roomId: string): Promise<boolean> {
  if (!isRoomSecret(secret) || !isRoomId(roomId)) return false;
  return (await roomIdForSecret(secret)) === roomId;
}

export interface RoomLink {
  readonly room: string;
  /** The collaboration server's WebSocket URL, `ws:` or `wss:`. */
  readonly server: string;
  readonly secret: string;
}

/**
 * The link that opens a room in the app: `?room=<id>&server=<ws url>#secret=<secret>`. The
 * secret travels in the fragment, which browsers never send to a server (nor in Referer).
 */
export function roomLink(appUrl: string, link: RoomLink): string {
  const url = new URL(appUrl);
  url.searchParams.set('room', link.room);
  url.searchParams.set('server', link.server);
  url.hash = `secret=${link.secret}`;
  return url.href;
}

/** The room a link names, or why it names none (the room id must match the secret). */
export async function parseRoomLink(href: string): Promise<{ ok: true; link: RoomLink } | { ok: false; reason: string }> {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { ok: false, reason: 'not a URL' };
  }
  const room = url.searchParams.get('room');
  const server = url.searchParams.get('server');
  const secret = new URLSearchParams(url.hash.replace(/^#/, '')).get('secret');
  if (!room || !server || !secret) return { ok: false, reason: 'the link needs room, server and secret' };
  if (!isServerUrl(server)) return { ok: false, reason: 'the server must be a ws: or wss: URL' };
  if (!(await secretOpensRoom(secret, room))) return { ok: false, reason: 'the secret does not open this room' };
  return { ok: true, link: { room, server, secret } };
}

export function isServerUrl(value: string): boolean {
  try {
    const { protocol } = new URL(value);
    return protocol === 'ws:' || protocol === 'wss:';
  } catch {
    return false;
  }
}

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}
