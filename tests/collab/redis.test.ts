import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDocMap, mapToDoc, newRoomSecret, roomIdForSecret } from '../../src/collab';
import { bundledSourceReader } from '../../src/cli/serve';
import { addClaim, edit, firstClaim, nodeText, setText, shippedMap } from './edits';
import { connect, redisServerPath, removeDir, startRedis, startServe, tempDir, waitFor, type ServeProcess, type TestClient } from './support';

const REDIS = redisServerPath();
if (!REDIS) {
  console.warn('Skipping the Redis tests: redis-server is not installed and could not be (scripts/ensure-redis.sh; apt-get install -y redis-server).');
}

describe.skipIf(!REDIS)('two counterpoint serve instances behind one redis-server', () => {
  const map = shippedMap();
  const claim = firstClaim(map);
  let redis: Awaited<ReturnType<typeof startRedis>>;
  // Each instance keeps its own folder, as two machines would.
  const dirs = [tempDir('redis-a'), tempDir('redis-b')];
  let servers: ServeProcess[] = [];
  const clients: TestClient[] = [];
  const track = (c: TestClient) => (clients.push(c), c);

  beforeAll(async () => {
    redis = await startRedis(REDIS!);
    servers = await Promise.all(dirs.map((dataDir) => startServe({ dataDir, redisUrl: redis.url })));
  });

  afterAll(async () => {
    for (const c of clients) c.destroy();
    await Promise.all(servers.map((s) => s.stop()));
    await redis?.process.stop();
    for (const dir of [...dirs, redis?.dir]) if (dir) removeDir(dir);
  });

  it('relay edits between clients on different instances, and keep them through a restart of both', async () => {
    const secret = newRoomSecret();
    const room = await roomIdForSecret(secret);
    const [a, b] = servers as [ServeProcess, ServeProcess];
    expect(a.lines.some((l) => l.includes('sharing rooms through redis://127.0.0.1:'))).toBe(true);

    const owner = track(connect(a.url, room, secret, mapToDoc(map)));
    await owner.synced();
    const guest = track(connect(b.url, room, secret));
    await waitFor(() => guest.map(), 10_000, 'the map to reach the client on the other instance');
    expect(guest.map()).toEqual(owner.map());

    const started = Date.now();
    edit(guest, addClaim('relayed-claim', 'Made on instance B.'));
    await waitFor(() => nodeText(owner.map(), 'relayed-claim'), 5_000, 'the claim to reach instance A');
    expect(Date.now() - started).toBeLessThan(2_000);
    edit(owner, setText(claim, 'Edited on instance A.'));
    await waitFor(() => nodeText(guest.map(), claim) === 'Edited on instance A.', 5_000, 'the edit to reach instance B');
    expect(owner.map()).toEqual(guest.map());
    await waitFor(() => owner.provider.unsyncedChanges === 0 && guest.provider.unsyncedChanges === 0, 5_000, 'acknowledgements');

    for (const c of clients.splice(0)) c.destroy();
    expect(await Promise.all(servers.map((s) => s.stop()))).toEqual([0, 0]);
    // Each instance wrote the whole room to its own folder, the edits relayed to it included.
    for (const dir of dirs) {
      const stored = new Y.Doc();
      Y.applyUpdate(stored, readFileSync(join(dir, 'rooms', `${room}.ydoc`)));
      const loaded = loadDocMap(stored, { readSource: bundledSourceReader() });
      expect(loaded.ok && nodeText(loaded.map, 'relayed-claim')).toBe('Made on instance B.');
      expect(loaded.ok && nodeText(loaded.map, claim)).toBe('Edited on instance A.');
    }
    servers = await Promise.all(dirs.map((dataDir) => startServe({ dataDir, redisUrl: redis.url })));

    for (const server of servers) {
      const reader = connect(server.url, room, secret);
      try {
        await waitFor(() => nodeText(reader.map(), 'relayed-claim') && nodeText(reader.map(), claim) === 'Edited on instance A.', 10_000, `the room on ${server.url} after the restart`);
      } finally {
        reader.destroy();
      }
      await new Promise((r) => setTimeout(r, 1_500));
    }
  });

  it('a wrong secret is refused by either instance', async () => {
    const secret = newRoomSecret();
    const room = await roomIdForSecret(secret);
    const owner = track(connect(servers[0]!.url, room, secret, mapToDoc(map)));
    await owner.synced();
    const intruder = track(connect(servers[1]!.url, room, newRoomSecret()));
    await waitFor(() => intruder.connection.status.state === 'denied', 10_000, 'the denial');
    expect(intruder.doc.getMap('nodes').size).toBe(0);
  });
});
