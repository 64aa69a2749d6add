import { join } from 'node:path';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newRoomSecret, parseRoomLink } from '../../src/collab';
import { loadMapFile } from '../../src/cli/io';
import { bundledSourceReader } from '../../src/cli/serve';
import type { SourceReader } from '../../src/domain/loader/sources';
import { createCounterpointStore, LiveSession, type CounterpointStore } from '../../src/store';
import { nodeText } from './edits';
import { removeDir, ROOT, startServe, tempDir, waitFor, type ServeProcess } from './support';

/**
 * The app's side of a room (src/store/live), with real `counterpoint serve` processes: what
 * File > Share… and opening a link do, without a browser (the Chromium test drives the UI).
 */
let data: string;
let server: ServeProcess;
const sessions: LiveSession[] = [];

function app(mapName = 'getting-started', readSource: SourceReader = bundledSourceReader()): { store: CounterpointStore; live: LiveSession } {
  const loaded = loadMapFile(join(ROOT, 'maps', `${mapName}.map.json`));
  if (!loaded.ok) throw new Error('shipped map refused');
  const store = createCounterpointStore({ key: mapName, origin: 'bundled', ...loaded, pristine: loaded.map });
  const live = new LiveSession(store, {
    readSource,
    repo: null,
    // As the app's, which saves the room's map in IndexedDB before it shows it.
    openMap: async (key, opened) => {
      await new Promise((resolve) => setTimeout(resolve, 100));
      store.getState().openDocument({ key, origin: 'local', ...opened });
    },
    channel: () => null,
    appUrl: () => 'http://app.test/',
    WebSocketPolyfill: WebSocket,
  });
  sessions.push(live);
  return { store, live };
}

beforeAll(async () => {
  data = tempDir('live');
  server = await startServe({ dataDir: data });
});

afterAll(async () => {
  for (const s of sessions) s.dispose();
  await server?.stop();
  removeDir(data);
});

describe('sharing a map from the app', () => {
  it('shares the open map, a second app joins from the link, and edits and presence go both ways', async () => {
    const a = app();
    a.live.setName('Ada');
    const link = await a.live.share(server.url);
    const parsed = await parseRoomLink(link);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(a.store.getState().mapKey).toBe(`room-${parsed.link.room}`);
    expect(link).toMatch(/^http:\/\/app\.test\/\?room=[0-9a-f]{16}&server=ws%3A%2F%2F127\.0\.0\.1%3A\d+#secret=[\w-]{43}$/);
    await waitFor(() => a.store.getState().live.room?.status === 'online', 15_000, 'the sharer online');

    const b = app('popular-front');
    b.live.setName('Boris');
    // "Live" is never shown over the map Boris had open: only once the room's map is the one shown.
    const mapsShownLive = new Set<string>();
    const stopWatching = b.store.subscribe((s) => s.live.room?.status === 'online' && mapsShownLive.add(s.mapKey));
    await b.live.join(parsed.link);
    await waitFor(() => b.store.getState().mapKey === a.store.getState().mapKey && b.store.getState().doc.nodes.length === a.store.getState().doc.nodes.length, 15_000, 'the guest to open the room');
    await waitFor(() => b.store.getState().live.room?.status === 'online', 15_000, 'the guest online');
    stopWatching();
    expect([...mapsShownLive]).toEqual([`room-${parsed.link.room}`]);
    expect(b.store.getState().doc.title).toBe(a.store.getState().doc.title);

    const added = a.store.getState().addNode({ kind: 'claim', text: 'Made by Ada in the seminar.' }, { x: 0, y: 600 });
    if (!added.ok) throw new Error(added.message);
    await waitFor(() => nodeText(b.store.getState().doc, added.value) === 'Made by Ada in the seminar.', 5_000, "Ada's claim at Boris's");

    const target = b.store.getState().doc.nodes.find((n) => n.kind === 'claim' && n.id !== added.value)!.id;
    b.store.getState().updateNode(target, { text: 'Boris rewrote this.' });
    await waitFor(() => nodeText(a.store.getState().doc, target) === 'Boris rewrote this.', 5_000, "Boris's edit at Ada's");

    // Presence: names, and the nodes each has selected.
    await waitFor(() => b.store.getState().live.peers.some((p) => p.name === 'Ada'), 5_000, 'Ada in Boris’s room');
    a.store.getState().selectNode(added.value);
    await waitFor(() => b.store.getState().live.peers.find((p) => p.name === 'Ada')?.selection.includes(added.value), 5_000, 'Ada’s selection at Boris’s');
    expect(a.store.getState().live.peers.map((p) => p.name)).toEqual(['Boris']);

    // Undo at Ada's takes back her claim and leaves Boris's edit.
    a.store.getState().undo();
    await waitFor(() => !b.store.getState().doc.nodes.some((n) => n.id === added.value), 5_000, 'the undo at Boris’s');
    expect(nodeText(a.store.getState().doc, target)).toBe('Boris rewrote this.');
  });

  it('refuses a link with the wrong secret: nothing of the room arrives and the open map stays', async () => {
    const a = app();
    const link = await a.live.share(server.url);
    const parsed = await parseRoomLink(link);
    if (!parsed.ok) throw new Error(parsed.reason);
    const c = app('popular-front');
    const before = c.store.getState().doc;
    await c.live.join({ ...parsed.link, secret: newRoomSecret() });
    await waitFor(() => c.store.getState().live.room?.status === 'denied', 10_000, 'the refusal');
    expect(c.store.getState().doc).toBe(before);
    expect(c.store.getState().notice?.text).toMatch(/^The room refused this link/);
  });

  it('a room whose map this app refuses is not joined: the open map stays, alone, and the toolbar does not wait on it', async () => {
    const a = app();
    const link = await a.live.share(server.url);
    const parsed = await parseRoomLink(link);
    if (!parsed.ok) throw new Error(parsed.reason);
    // This app reads the map's source as another, short text: no passage of the room's map is in it.
    const c = app('popular-front', () => ({ status: 'ok', text: 'A text that holds none of the quoted passages.' }));
    const before = c.store.getState().doc;
    await c.live.join(parsed.link);
    await waitFor(() => c.store.getState().notice?.title === 'The shared map could not be opened', 15_000, 'the refusal');
    expect(c.store.getState().notice?.problems?.map((p) => p.code)).toContain('OFFSET_OUT_OF_RANGE');
    await waitFor(() => c.store.getState().live.mode === 'alone', 5_000, 'the room left');
    expect(c.store.getState().live.room).toBeNull();
    expect(c.store.getState().doc).toBe(before);
    expect(c.live.inRoom).toBe(false);
  });

  it('leaving the room keeps the map here, alone, with a fresh history', async () => {
    const a = app();
    await a.live.share(server.url);
    await waitFor(() => a.store.getState().live.room?.status === 'online', 15_000, 'online');
    a.store.getState().updateNode(a.store.getState().doc.nodes.find((n) => n.kind === 'claim')!.id, { text: 'Last shared edit.' });
    const key = a.store.getState().mapKey;
    await a.live.leave();
    expect(a.store.getState().live.mode).toBe('alone');
    expect(a.store.getState().mapKey).toBe(key);
    expect(a.store.getState().doc.nodes.some((n) => 'text' in n && n.text === 'Last shared edit.')).toBe(true);
    expect(a.store.getState().historyOverride).toBeNull();
  });
});
