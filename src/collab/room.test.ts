import { describe, expect, it } from 'vitest';
import { isRoomId, isRoomSecret, newRoomSecret, parseRoomLink, roomIdForSecret, roomLink, secretOpensRoom } from './room';

describe('rooms and secrets', () => {
  it('a fresh secret is long and random; its room id is 16 hex digits, the same every time', async () => {
    const secret = newRoomSecret();
    expect(isRoomSecret(secret)).toBe(true);
    expect(secret).toHaveLength(43);
    expect(newRoomSecret()).not.toBe(secret);
    const room = await roomIdForSecret(secret);
    expect(isRoomId(room)).toBe(true);
    expect(await roomIdForSecret(secret)).toBe(room);
    expect(await roomIdForSecret(newRoomSecret())).not.toBe(room);
  });

  it("only the room's own secret opens it; short or odd secrets open nothing", async () => {
    const secret = newRoomSecret();
    const room = await roomIdForSecret(secret);
    expect(await secretOpensRoom(secret, room)).toBe(true);
    expect(await secretOpensRoom(newRoomSecret(), room)).toBe(false);
    expect(await secretOpensRoom('short', room)).toBe(false);
    expect(await secretOpensRoom(undefined, room)).toBe(false);
    expect(await secretOpensRoom(`${secret}/..`, room)).toBe(false);
    await expect(roomIdForSecret('short')).rejects.toThrow();
  });

  it('a link carries room and server in the query and the secret in the fragment, and parses back', async () => {
    const secret = newRoomSecret();
    const room = await roomIdForSecret(secret);
    const href = roomLink('https://example.org/counterpoint/?map=overview', { room, server: 'wss://collab.example.org', secret });
    const url = new URL(href);
    expect(url.searchParams.get('room')).toBe(room);
    expect(url.searchParams.get('map')).toBe('overview');
    expect(url.search).not.toContain(secret);
    expect(url.hash).toBe(`#secret=${secret}`);
    expect(await parseRoomLink(href)).toEqual({ ok: true, link: { room, server: 'wss://collab.example.org', secret } });
  });

  it('refuses a link whose secret does not open its room, or whose server is not a WebSocket URL', async () => {
    const secret = newRoomSecret();
    const room = await roomIdForSecret(secret);
    expect((await parseRoomLink(roomLink('https://x.org/', { room, server: 'ws://127.0.0.1:1234', secret: newRoomSecret() }))).ok).toBe(false);
    expect((await parseRoomLink(roomLink('https://x.org/', { room, server: 'javascript:alert(1)', secret }))).ok).toBe(false);
    expect((await parseRoomLink('https://x.org/?room=abc')).ok).toBe(false);
  });
});
