import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mapToDoc, newRoomSecret, roomIdForSecret } from '../../src/collab';
import { addClaim, edit, firstClaim, nodeText, setText, shippedMap } from './edits';
import { connect, removeDir, ROOT, startServe, tempDir, waitFor, type ServeProcess, type TestClient } from './support';

const map = shippedMap();
const claim = firstClaim(map);
let data: string;
let server: ServeProcess;
const clients: TestClient[] = [];

async function newRoom() {
  const secret = newRoomSecret();
  return { secret, room: await roomIdForSecret(secret) };
}

/** Opens a room with the shipped map, as File > Share will. */
async function openRoom(url = server.url) {
  const { secret, room } = await newRoom();
  const owner = track(connect(url, room, secret, mapToDoc(map)));
  await owner.synced();
  return { secret, room, owner };
}

function track(client: TestClient): TestClient {
  clients.push(client);
  return client;
}

beforeAll(async () => {
  data = tempDir('serve');
  server = await startServe({ dataDir: data });
});

afterAll(async () => {
  for (const c of clients) c.destroy();
  await server?.stop();
  removeDir(data);
});

describe('counterpoint serve, one process', () => {
  it('two clients converge: the second receives the map, and edits made on both sides meet', async () => {
    const { secret, room, owner } = await openRoom();
    const guest = track(connect(server.url, room, secret));
    await guest.synced();
    await waitFor(() => guest.map(), 10_000, "the guest to load the room's map");
    expect(guest.map()).toEqual(owner.map());

    edit(owner, setText(claim, 'Edited by the owner.'));
    edit(guest, addClaim('guest-claim-1', 'Added by the guest.'));
    await waitFor(() => nodeText(owner.map(), 'guest-claim-1') && nodeText(guest.map(), claim) === 'Edited by the owner.', 10_000, 'both edits on both sides');
    expect(owner.map()).toEqual(guest.map());
    expect(server.lines.some((l) => l.includes(`room ${room} opened: new`))).toBe(true);
  });

  it('a client offline for a while converges on reconnect, its offline edits and the others both kept', async () => {
    const { secret, room, owner } = await openRoom();
    const roamer = track(connect(server.url, room, secret));
    await waitFor(() => roamer.map(), 10_000, 'the roamer to load the map');
    roamer.connection.disconnect();
    await waitFor(() => roamer.connection.status.state === 'offline', 5_000, 'the roamer to go offline');

    edit(owner, setText(claim, 'Changed while the roamer was away.'));
    edit(roamer, addClaim('offline-1', 'Written offline.'));
    edit(roamer, addClaim('offline-2', 'Also written offline.'));
    await new Promise((r) => setTimeout(r, 500));
    expect(nodeText(owner.map(), 'offline-1')).toBeUndefined();
    expect(nodeText(roamer.map(), claim)).not.toBe('Changed while the roamer was away.');

    await roamer.connection.reconnect();
    await waitFor(() => nodeText(owner.map(), 'offline-2') && nodeText(roamer.map(), claim) === 'Changed while the roamer was away.', 15_000, 'convergence after reconnect');
    expect(roamer.map()).toEqual(owner.map());
    expect(owner.map()!.nodes.map((n) => n.id).slice(-2)).toEqual(['offline-1', 'offline-2']);
  });

  it('refuses an update that would leave the map invalid; the room stays as it was and the others keep working', async () => {
    const { secret, room, owner } = await openRoom();
    const vandal = track(connect(server.url, room, secret));
    await waitFor(() => vandal.map(), 10_000, 'the vandal to load the map');
    // An empty claim text: the loader's SCHEMA_INVALID.
    (vandal.doc.getMap('nodes').get(claim) as Y.Map<unknown>).set('text', '');
    const status = await waitFor(() => vandal.statuses.find((s) => s.state === 'refused'), 10_000, 'the refusal');
    expect(status).toMatchObject({ reason: expect.stringMatching(/^ROOM_UPDATE_INVALID: .*SCHEMA_INVALID/) });
    expect(server.lines.some((l) => l.includes(`room ${room} refused an update: ROOM_UPDATE_INVALID`))).toBe(true);

    edit(owner, setText(claim, 'The owner keeps working.'));
    const late = track(connect(server.url, room, secret));
    await waitFor(() => nodeText(late.map(), claim) === 'The owner keeps working.', 10_000, 'a newcomer to see the valid edit');
    expect(late.map()).toEqual(owner.map());
  });

  it('a wrong or missing secret gets nothing of the room, and its socket is closed', async () => {
    const { room } = await openRoom();
    const other = await newRoom();
    for (const token of [newRoomSecret(), '', other.secret, 'short']) {
      const seen = await rawVisit(server.url, room, token);
      expect(seen.closeCode).toBe(4403);
      // Only the "permission denied" answer (message type 2, Auth) comes back; no sync, no awareness.
      expect(seen.types.every((t) => t === 2)).toBe(true);
      expect(Buffer.concat(seen.messages).includes(Buffer.from(map.title))).toBe(false);
    }
    // A polite client with a wrong secret is told so and its document stays empty.
    const intruder = track(connect(server.url, room, newRoomSecret()));
    await waitFor(() => intruder.connection.status.state === 'denied', 10_000, 'the denial');
    expect(intruder.statuses.map((s) => s.state)).not.toContain('online');
    await new Promise((r) => setTimeout(r, 300));
    expect(intruder.doc.getMap('nodes').size).toBe(0);
    expect(server.lines.filter((l) => l.includes(`room ${room} refused a connection`)).length).toBeGreaterThanOrEqual(5);
    expect(server.lines.join('\n')).not.toContain(other.secret);
  });

  it('a room name that is not a room id opens nothing and creates no file', async () => {
    const seen = await rawVisit(server.url, '../../escape', newRoomSecret());
    expect(seen.closeCode).toBe(4403);
    expect(existsSync(join(data, 'escape.ydoc'))).toBe(false);
    expect(readdirSync(join(data, 'rooms')).every((f) => /^[0-9a-f]{16}\.ydoc$/.test(f))).toBe(true);
  });

  it('checks a stored room through the loader before serving it, and does not serve one that fails', async () => {
    const { secret, room } = await newRoom();
    const broken = mapToDoc(map);
    (broken.getMap('nodes').get(claim) as Y.Map<unknown>).set('position', 'nobody-holds-this');
    writeFileSync(join(data, 'rooms', `${room}.ydoc`), Y.encodeStateAsUpdate(broken));
    const visitor = track(connect(server.url, room, secret));
    await waitFor(() => visitor.connection.status.state === 'denied', 10_000, 'the refusal to serve');
    expect(visitor.doc.getMap('nodes').size).toBe(0);
    expect(server.lines.some((l) => l.includes(`room ${room} not served: ROOM_STORED_INVALID: UNKNOWN_POSITION`))).toBe(true);
  });

  it('answers /health with its rooms, connections and memory', async () => {
    const health = (await (await fetch(`http://127.0.0.1:${server.port}/health`)).json()) as Record<string, number>;
    expect(health).toMatchObject({ ok: true });
    expect(health.rooms).toBeGreaterThan(0);
    expect(health.rss).toBeGreaterThan(health.heapUsed!);
  });
});

describe('counterpoint serve, the command', () => {
  const run = (args: string[]) => spawnSync(process.execPath, ['bin/counterpoint', 'serve', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 30_000 });

  it('wrong usage exits 2 with the usage', () => {
    for (const args of [['--port', 'many'], ['--redis', 'http://127.0.0.1:6379'], ['extra']]) {
      const r = run(args);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain('counterpoint serve [--port 1234]');
    }
  });

  it('a port in use exits 1 with a sentence, no stack trace', () => {
    const r = run(['--port', String(server.port), '--data', data]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`port ${server.port} on 127.0.0.1 is in use`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('counterpoint serve, restarted', () => {
  it('loses nothing written: an edit made just before SIGTERM is in the room after a restart', async () => {
    const dir = tempDir('restart');
    let first: ServeProcess | undefined = await startServe({ dataDir: dir });
    let second: ServeProcess | undefined;
    try {
      const { secret, room } = await newRoom();
      const owner = connect(first.url, room, secret, mapToDoc(map));
      await owner.synced();
      edit(owner, addClaim('before-restart', 'Written just before the restart.'));
      // Wait until the server has it (the provider counts unacknowledged changes), not until it is on disk.
      await waitFor(() => owner.provider.unsyncedChanges === 0, 10_000, 'the server to acknowledge the edit');
      owner.destroy();
      expect(await first.stop('SIGTERM')).toBe(0);
      expect(first.lines.some((l) => l.includes(`room ${room} stored`))).toBe(true);
      first = undefined;

      second = await startServe({ dataDir: dir });
      const reader = connect(second.url, room, secret);
      try {
        await waitFor(() => nodeText(reader.map(), 'before-restart'), 10_000, 'the edit after the restart');
        expect(second.lines.some((l) => new RegExp(`room ${room} opened: ${map.nodes.length + 1} nodes`).test(l))).toBe(true);
      } finally {
        reader.destroy();
      }
    } finally {
      await first?.stop();
      await second?.stop();
      removeDir(dir);
    }
  });
});

/**
 * Speaks Hocuspocus's protocol by hand: asks to sync the room (queued by the server until
 * authentication), then authenticates with `token`; records every message until the socket closes.
 */
async function rawVisit(url: string, room: string, token: string): Promise<{ closeCode: number; types: number[]; messages: Buffer[] }> {
  const socket = new WebSocket(url);
  const messages: Buffer[] = [];
  socket.on('message', (data: Buffer) => messages.push(data));
  await new Promise((resolve, reject) => {
    socket.once('open', resolve);
    socket.once('error', reject);
  });
  const sync = encoding.createEncoder();
  encoding.writeVarString(sync, room);
  encoding.writeVarUint(sync, 0);
  encoding.writeVarUint(sync, 0);
  encoding.writeVarUint8Array(sync, Y.encodeStateVector(new Y.Doc()));
  socket.send(encoding.toUint8Array(sync));
  const auth = encoding.createEncoder();
  encoding.writeVarString(auth, room);
  encoding.writeVarUint(auth, 2);
  encoding.writeVarUint(auth, 0);
  encoding.writeVarString(auth, token);
  socket.send(encoding.toUint8Array(auth));
  const closeCode = await new Promise<number>((resolve) => socket.once('close', (code: number) => resolve(code)));
  const types = messages.map((m) => {
    const d = decoding.createDecoder(new Uint8Array(m));
    decoding.readVarString(d);
    return decoding.readVarUint(d);
  });
  return { closeCode, types, messages };
}
