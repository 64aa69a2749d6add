import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { loadMap } from '../domain/loader';
import { serializeMap } from '../domain/serialize';
import { sampleMap, sampleReader } from '../domain/testing/sampleMap';
import { createCounterpointStore } from './createStore';
import { openRepository, type MapRepository } from './persistence/repository';
import { Session } from './session';
import { sampleDefaults } from './testing/fixtures';

const opened: { session: Session; repo: MapRepository }[] = [];

async function boot(factory = new IDBFactory()) {
  const repo = await openRepository(factory);
  const store = createCounterpointStore();
  const session = new Session(store, repo, sampleDefaults(), sampleReader());
  opened.push({ session, repo });
  return { repo, store, session, factory, s: () => store.getState() };
}

afterEach(() => {
  for (const { session, repo } of opened.splice(0)) {
    session.dispose();
    repo.close();
  }
});

describe('opening maps', () => {
  it('opens the first default through the loader when nothing is saved', async () => {
    const { session, s } = await boot();
    await session.start(null);
    expect(s().mapKey).toBe('sample');
    expect(s().origin).toBe('bundled');
    expect(s().sourceTexts.s).toContain('liberal bourgeoisie');
    expect(s().pristine).toBe(s().doc);
    expect(s().catalogue).toEqual([{ key: 'sample', title: 'Sample', origin: 'bundled', edited: false }]);
  });

  it('tells the user when the URL names a map that does not exist', async () => {
    const { session, s } = await boot();
    await session.start('nowhere');
    expect(s().mapKey).toBe('sample');
    expect(s().notice?.text).toMatch(/no map called "nowhere"/);
  });
});

describe('autosave', () => {
  it('round-trips an edit through IndexedDB into a new session', async () => {
    const first = await boot();
    await first.session.start(null);
    first.s().moveNodes({ c1: { x: 123, y: 456 } });
    first.s().updateNode('c2', { text: 'Saved text' });
    await first.session.flush();
    expect(first.s().saveStatus).toBe('saved');
    expect(first.s().catalogue[0]).toMatchObject({ key: 'sample', edited: true });

    const second = await boot(first.factory);
    await second.session.start(null);
    expect(second.s().doc.layout.c1).toEqual({ x: 123, y: 456 });
    expect(second.s().doc.nodes.find((n) => n.id === 'c2')).toMatchObject({ text: 'Saved text' });
    // The pristine default stays available for "Reset to default".
    expect(second.s().pristine?.layout.c1).toEqual({ x: 0, y: 0 });
  });

  it('forgets the saved copy when a bundled map is reset to its default', async () => {
    const { session, s, repo } = await boot();
    await session.start(null);
    s().moveNodes({ c1: { x: 9, y: 9 } });
    await session.flush();
    expect(await repo.get('sample')).toBeDefined();
    expect(session.resetToDefault()).toBe(true);
    await session.flush();
    expect(await repo.get('sample')).toBeUndefined();
    expect(s().catalogue[0]!.edited).toBe(false);
    // Reset is itself undoable.
    s().undo();
    expect(s().doc.layout.c1).toEqual({ x: 9, y: 9 });
  });

  it('sets aside a saved copy the loader refuses, opens the default and says why', async () => {
    const first = await boot();
    await first.session.start(null);
    await first.repo.put({ key: 'sample', origin: 'bundled', title: 'Sample', savedAt: 1, map: { ...sampleMap(), version: 99 } });
    const second = await boot(first.factory);
    await second.session.start(null);
    expect(second.s().doc.layout.c1).toEqual({ x: 0, y: 0 });
    expect(second.s().notice?.problems?.map((p) => p.code)).toEqual(['VERSION_TOO_NEW']);
    expect(await second.repo.get('sample')).toBeUndefined();
  });
});

describe('import, new and export', () => {
  it('refuses a bad file with its coded problems and leaves the open map exactly as it was', async () => {
    const { session, s, store } = await boot();
    await session.start(null);
    s().moveNodes({ c1: { x: 1, y: 1 } });
    const before = s().doc;
    const history = store.temporal.getState().pastStates.length;
    const bad = JSON.stringify({ ...sampleMap(), edges: [{ id: 'e1', from: 'p1', to: 'ghost', relation: 'states' }] });
    const outcome = await session.importText(bad, 'bad.map.json');
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.problems.map((p) => [p.code, p.path])).toEqual([['DANGLING_EDGE', '$.edges[0].to']]);
    expect(s().doc).toBe(before);
    expect(store.temporal.getState().pastStates).toHaveLength(history);
    expect(s().notice).toMatchObject({ tone: 'error', title: 'bad.map.json could not be imported' });
  });

  it('refuses a file that is not JSON', async () => {
    const { session, s } = await boot();
    await session.start(null);
    const outcome = await session.importText('{"format": "counterpoint-map", ', 'cut.map.json');
    expect(!outcome.ok && outcome.problems[0]!.code).toBe('JSON_INVALID');
    expect(s().mapKey).toBe('sample');
  });

  it('imports a good file under a fresh key when its id is taken, and saves it', async () => {
    const { session, s, repo } = await boot();
    await session.start(null);
    await session.newMap();
    const outcome = await session.importText(serializeMap({ ...sampleMap(), title: 'Imported' }), 'good.map.json');
    expect(outcome).toEqual({ ok: true, key: 'sample-2', replaced: false });
    expect(s().doc.id).toBe('sample-2');
    expect(s().origin).toBe('local');
    expect((await repo.get('sample-2'))?.title).toBe('Imported');
    expect(s().catalogue.map((c) => c.key)).toEqual(['sample', 'untitled', 'sample-2']);
  });

  it('replaces the open map in one undoable step when the import has its id', async () => {
    const { session, s } = await boot();
    await session.start(null);
    const before = s().doc;
    const outcome = await session.importText(serializeMap({ ...sampleMap(), title: 'Newer' }), 'same.map.json');
    expect(outcome).toEqual({ ok: true, key: 'sample', replaced: true });
    expect(s().doc.title).toBe('Newer');
    s().undo();
    expect(s().doc).toBe(before);
  });

  it('exports a file the loader accepts, byte for byte what serializeMap writes', async () => {
    const { session, s } = await boot();
    await session.start(null);
    s().addNode({ kind: 'claim', text: 'Exported claim' }, { x: 5, y: 5 });
    const { fileName, text } = session.exportFile();
    expect(fileName).toBe('sample.map.json');
    const back = loadMap(text, { readSource: sampleReader() });
    expect(back.ok && back.map.nodes.at(-1)).toMatchObject({ id: 'claim-1', text: 'Exported claim' });
    expect(back.ok && back.map.sources[0]).toMatchObject({ file: 'sources/s.txt' });
  });

  it('creates new maps with free keys, saved so they survive a reload', async () => {
    const first = await boot();
    await first.session.start(null);
    expect(await first.session.newMap()).toBe('untitled');
    expect(await first.session.newMap()).toBe('untitled-2');
    first.s().addNode({ kind: 'note', text: 'In the second new map' }, { x: 0, y: 0 });
    await first.session.flush();
    const second = await boot(first.factory);
    await second.session.start(null);
    expect(second.s().mapKey).toBe('untitled-2');
    expect(second.s().doc.nodes.map((n) => n.kind)).toEqual(['note']);
  });
});

describe('the last-chance copy on pagehide', () => {
  function memoryStorage() {
    const items = new Map<string, string>();
    return { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), removeItem: (k: string) => void items.delete(k), items };
  }

  it('copies an unsaved change synchronously and recovers it on the next start', async () => {
    const storage = memoryStorage();
    const factory = new IDBFactory();
    const repo = await openRepository(factory);
    const store = createCounterpointStore();
    const session = new Session(store, repo, sampleDefaults(), sampleReader(), { lastChance: storage });
    await session.start(null);
    // A drag still in progress when the page goes away: nothing has reached IndexedDB yet.
    store.getState().beginGesture();
    store.getState().moveNodes({ c1: { x: 77, y: 88 } });
    session.flushSync();
    expect(JSON.parse(storage.items.get('counterpoint:unsaved')!)).toMatchObject({ key: 'sample', origin: 'bundled' });
    session.dispose();
    repo.close();

    // Simulate the write being lost with the page: wipe IndexedDB's copy, keep localStorage's.
    const repo2 = await openRepository(factory);
    await repo2.delete('sample');
    const store2 = createCounterpointStore();
    const session2 = new Session(store2, repo2, sampleDefaults(), sampleReader(), { lastChance: storage });
    opened.push({ session: session2, repo: repo2 });
    await session2.start(null);
    expect(store2.getState().doc.layout.c1).toEqual({ x: 77, y: 88 });
    expect(storage.items.has('counterpoint:unsaved')).toBe(false);
  });

  it('writes nothing when everything is saved', async () => {
    const storage = memoryStorage();
    const repo = await openRepository(new IDBFactory());
    const session = new Session(createCounterpointStore(), repo, sampleDefaults(), sampleReader(), { lastChance: storage });
    opened.push({ session, repo });
    await session.start(null);
    session.flushSync();
    expect(storage.items.size).toBe(0);
  });
});
