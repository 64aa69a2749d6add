import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, describe, expect, it } from 'vitest';
import { fileSourceReader } from '../../cli/io';
import { loadMap, loadMapValue } from '../../domain/loader';
import type { ArgumentMap } from '../../domain/schema/map';
import { sampleReader } from '../../domain/testing/sampleMap';
import { createCounterpointStore } from '../createStore';
import { Session } from '../session';
import { sampleDefaults, sampleStore } from '../testing/fixtures';
import type { CounterpointStore } from '../types';
import { applyPatch, diffDocs } from './docPatch';
import { decodeHistory, docFingerprint, encodeHistory } from './history';
import { openRepository, type MapRepository } from './repository';

const open: { session: Session; repo: MapRepository }[] = [];

async function boot(factory = new IDBFactory(), limits?: { steps: number; chars: number }) {
  const repo = await openRepository(factory);
  const store = createCounterpointStore();
  const session = new Session(store, repo, sampleDefaults(), sampleReader(), limits ? { historyLimits: limits } : {});
  open.push({ session, repo });
  await session.start(null);
  return { repo, store, session, factory, s: () => store.getState(), undoable: () => store.temporal.getState().pastStates.length, redoable: () => store.temporal.getState().futureStates.length };
}

afterEach(() => {
  for (const { session, repo } of open.splice(0)) {
    session.dispose();
    repo.close();
  }
});

/** A run of edits of every kind the store makes, each one undo step. */
function edit(store: CounterpointStore): void {
  const s = () => store.getState();
  s().moveNodes({ c1: { x: 40, y: 50 } });
  s().updateNode('c2', { text: 'A changed claim' });
  const added = s().addNode({ kind: 'note', text: 'A note' }, { x: 300, y: 300 });
  s().connect('c2', 'c1', 'contrasts');
  s().setMeta({ title: 'Retitled', description: 'Now described' });
  s().addQuestion({ text: 'A new question?' });
  s().removeElements({ nodes: ['o1'], edges: [] });
  s().moveLaneNodes({ c1: { x: 10, y: 10 } });
  if (!added.ok) throw new Error(added.message);
}

const plain = (doc: ArgumentMap): unknown => JSON.parse(JSON.stringify(doc));

/** Every state of the store's history, oldest first. */
function states(store: CounterpointStore): ArgumentMap[] {
  const { pastStates, futureStates } = store.temporal.getState();
  return [...pastStates.map((p) => p.doc!), store.getState().doc, ...[...futureStates].reverse().map((f) => f.doc!)];
}

describe('document patches', () => {
  it('turn each state of an edit history into the next, keeping the identity of untouched records', () => {
    const store = sampleStore();
    edit(store);
    const all = states(store);
    expect(all.length).toBe(9);
    for (let i = 1; i < all.length; i++) {
      const [before, after] = [all[i - 1]!, all[i]!];
      const forward = applyPatch(before, diffDocs(before, after));
      const back = applyPatch(after, diffDocs(after, before));
      expect(plain(forward)).toEqual(plain(after));
      expect(plain(back)).toEqual(plain(before));
      const untouched = before.nodes.find((n) => n.id === 'p1')!;
      expect(forward.nodes.find((n) => n.id === 'p1')).toBe(untouched);
    }
    expect(diffDocs(all[0]!, all[0]!)).toEqual({});
  });

  it('record a moved node as its layout entry alone, and a reordered list by its order', () => {
    const store = sampleStore();
    const before = store.getState().doc;
    store.getState().moveNodes({ c1: { x: 1, y: 2 } });
    expect(diffDocs(before, store.getState().doc)).toEqual({ maps: { layout: { put: { c1: { x: 1, y: 2 } } } } });
    const reversed = { ...before, nodes: [...before.nodes].reverse() };
    const patch = diffDocs(before, reversed);
    expect(applyPatch(before, patch).nodes.map((n) => n.id)).toEqual(reversed.nodes.map((n) => n.id));
  });
});

describe('the stored undo history', () => {
  it('survives a new session: every undo and redo gives the same documents, past and future', async () => {
    const first = await boot();
    edit(first.store);
    first.s().undo();
    first.s().undo();
    const before = states(first.store).map(plain);
    await first.session.flush();

    const second = await boot(first.factory);
    expect([second.undoable(), second.redoable()]).toEqual([6, 2]);
    expect(states(second.store).map(plain)).toEqual(before);
    second.s().redo();
    expect(second.s().doc.layout.c1).toBeDefined();
    expect(second.s().doc.questions.some((q) => q.text === 'A new question?')).toBe(true);
    for (let i = 0; i < 7; i++) second.s().undo();
    // Back at the start: the default itself, so the map is no longer "edited".
    expect(second.s().doc).toBe(second.s().pristine);
    await second.session.flush();
    expect(await second.repo.get('sample')).toBeUndefined();

    // The redo from the default survives too.
    const third = await boot(first.factory);
    expect([third.undoable(), third.redoable()]).toEqual([0, 8]);
    third.s().redo();
    expect(third.s().doc.layout.c1).toEqual({ x: 40, y: 50 });
  });

  it('restores a deleted node with its links and place', async () => {
    const first = await boot();
    const links = first.s().doc.edges.filter((e) => e.from === 'c2' || e.to === 'c2').map((e) => e.id);
    expect(links.length).toBeGreaterThan(0);
    first.s().removeElements({ nodes: ['c2'], edges: [] });
    await first.session.flush();
    const second = await boot(first.factory);
    expect(second.s().doc.nodes.some((n) => n.id === 'c2')).toBe(false);
    second.s().undo();
    expect(second.s().doc.nodes.some((n) => n.id === 'c2')).toBe(true);
    expect(second.s().doc.edges.map((e) => e.id)).toEqual(expect.arrayContaining(links));
    expect(second.s().doc.layout.c2).toEqual(first.s().pristine!.layout.c2);
  });

  it('keeps the last steps within the step cap and the size budget, a few bytes per drag', async () => {
    const first = await boot(new IDBFactory(), { steps: 5, chars: 1_000_000 });
    for (let i = 1; i <= 12; i++) first.s().moveNodes({ c1: { x: i, y: i } });
    await first.session.flush();
    const stored = (await first.repo.getHistory('sample'))!;
    expect(stored.past).toHaveLength(5);
    expect(JSON.stringify(stored).length).toBeLessThan(1500);
    const second = await boot(first.factory);
    expect(second.undoable()).toBe(5);
    for (let i = 0; i < 5; i++) second.s().undo();
    expect(second.s().doc.layout.c1).toEqual({ x: 7, y: 7 });

    const tight = await boot(new IDBFactory(), { steps: 200, chars: 200 });
    for (let i = 1; i <= 12; i++) tight.s().moveNodes({ c1: { x: i, y: i } });
    await tight.session.flush();
    const kept = (await tight.repo.getHistory('sample'))!;
    expect(kept.past.length).toBeGreaterThan(0);
    expect(kept.past.length).toBeLessThan(12);
    expect(kept.past.reduce((n, step) => n + JSON.stringify(step.patch).length, 0)).toBeLessThanOrEqual(200);
  });

  it('is discarded when the map it leads to has changed since', async () => {
    const first = await boot();
    first.s().moveNodes({ c1: { x: 5, y: 5 } });
    await first.session.flush();
    expect(await first.repo.getHistory('sample')).toBeDefined();
    // Another copy of the map lands in storage (another tab, a recovered copy): the history no longer leads to it.
    const record = (await first.repo.get('sample'))!;
    await first.repo.put({ ...record, map: { ...(record.map as ArgumentMap), title: 'Changed elsewhere' } });
    const second = await boot(first.factory);
    expect(second.s().doc.title).toBe('Changed elsewhere');
    expect(second.undoable()).toBe(0);
    await second.session.flush();
    expect(await second.repo.getHistory('sample')).toBeUndefined();
  });

  it('is discarded by "Reset to default", which stays undoable in the page', async () => {
    const first = await boot();
    first.s().moveNodes({ c1: { x: 5, y: 5 } });
    first.s().updateNode('c2', { text: 'Edited' });
    await first.session.flush();
    expect(first.session.resetToDefault()).toBe(true);
    await first.session.flush();
    expect(await first.repo.getHistory('sample')).toBeUndefined();
    expect(await first.repo.get('sample')).toBeUndefined();
    first.s().undo();
    expect(first.s().doc.layout.c1).toEqual({ x: 5, y: 5 });
    first.s().redo();

    // Edits after the reset are kept, back to the reset and no further.
    first.s().moveNodes({ c1: { x: 8, y: 8 } });
    await first.session.flush();
    const second = await boot(first.factory);
    expect(second.undoable()).toBe(1);
    second.s().undo();
    expect(second.s().doc).toBe(second.s().pristine);
  });

  it('keeps a drag in progress as its own step in the last-chance copy', async () => {
    const items = new Map<string, string>();
    const storage = { getItem: (k: string) => items.get(k) ?? null, setItem: (k: string, v: string) => void items.set(k, v), removeItem: (k: string) => void items.delete(k) };
    const factory = new IDBFactory();
    const repo = await openRepository(factory);
    const store = createCounterpointStore();
    const session = new Session(store, repo, sampleDefaults(), sampleReader(), { lastChance: storage });
    open.push({ session, repo });
    await session.start(null);
    store.getState().updateNode('c2', { text: 'Before the drag' });
    store.getState().beginGesture();
    store.getState().moveNodes({ c1: { x: 70, y: 80 } });
    session.flushSync();
    await session.flush();
    // The write is lost with the page; the copy in localStorage is all there is.
    await repo.delete('sample');
    await repo.deleteHistory('sample');

    const repo2 = await openRepository(factory);
    const store2 = createCounterpointStore();
    const session2 = new Session(store2, repo2, sampleDefaults(), sampleReader(), { lastChance: storage });
    open.push({ session: session2, repo: repo2 });
    await session2.start(null);
    expect(store2.getState().doc.layout.c1).toEqual({ x: 70, y: 80 });
    store2.getState().undo();
    expect(store2.getState().doc.layout.c1).toEqual({ x: 0, y: 0 });
    expect(store2.getState().doc.nodes.find((n) => n.id === 'c2')).toMatchObject({ text: 'Before the drag' });
    store2.getState().undo();
    expect(store2.getState().doc).toBe(store2.getState().pristine);
  });
});

describe('fingerprints', () => {
  it('name a map the same after it is stored and read back through the loader, for every bundled map', () => {
    const dir = join(import.meta.dirname, '..', '..', '..', 'maps');
    const files = readdirSync(dir).filter((f) => f.endsWith('.map.json'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      const loaded = loadMap(readFileSync(join(dir, file), 'utf8'), { readSource: fileSourceReader(join(dir, file)) });
      if (!loaded.ok) throw new Error(`${file} refused`);
      const store = createCounterpointStore({ key: file, origin: 'bundled', ...loaded, pristine: loaded.map });
      const first = store.getState().doc.nodes[0]!;
      store.getState().moveNodes({ [first.id]: { x: 12.3456, y: -7.891 } });
      const doc = store.getState().doc;
      const back = loadMapValue(structuredClone(doc), { readSource: fileSourceReader(join(dir, file)) });
      expect(back.ok && docFingerprint(back.map)).toBe(docFingerprint(doc));
      const history = encodeHistory({ past: store.temporal.getState().pastStates, present: doc, future: [] }, { key: file })!;
      expect(back.ok && decodeHistory(history, back.map)?.pastStates).toHaveLength(1);
      expect(decodeHistory(history, store.getState().pristine!)).toBeNull();
    }
  });
});
