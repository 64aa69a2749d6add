import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it, vi } from 'vitest';
import { sampleStore } from '../testing/fixtures';
import { attachAutosave } from './autosave';
import { openRepository, type MapRepository } from './repository';

function counting(repo: MapRepository) {
  const writes: number[] = [];
  return {
    writes,
    repo: { ...repo, put: async (record: Parameters<MapRepository['put']>[0]) => { writes.push(record.savedAt); await repo.put(record); } },
  };
}

describe('autosave', () => {
  it('writes a burst of edits once, with the latest document, and later edits after the interval', async () => {
    // The clock is the test's, so a busy machine cannot stretch the intervals (IndexedDB's own
    // scheduling, setImmediate, runs as usual).
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const store = sampleStore();
      const { repo, writes } = counting(await openRepository(new IDBFactory()));
      const autosave = attachAutosave(store, repo, { delayMs: 5, intervalMs: 60 });
      const settle = async (ms: number) => {
        await vi.advanceTimersByTimeAsync(ms);
        // Let the repository's writes (fake-indexeddb's own scheduling) finish.
        for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
      };
      for (let i = 1; i <= 10; i++) store.getState().moveNodes({ c1: { x: i, y: 0 } });
      expect(store.getState().saveStatus).toBe('pending');
      expect(writes).toHaveLength(0);
      await settle(30);
      expect(writes).toHaveLength(1);
      store.getState().moveNodes({ c1: { x: 11, y: 0 } });
      store.getState().moveNodes({ c1: { x: 10, y: 0 } });
      await settle(20);
      // Still within the interval after the first write.
      expect(writes).toHaveLength(1);
      await settle(80);
      expect(writes).toHaveLength(2);
      expect(((await repo.get('sample'))!.map as { layout: { c1: unknown } }).layout.c1).toEqual({ x: 10, y: 0 });
      expect(store.getState().saveStatus).toBe('saved');
      autosave.detach();
    } finally {
      vi.useRealTimers();
    }
  });

  it('writes at once on flush (as on pagehide), and not at all when nothing changed', async () => {
    const store = sampleStore();
    const { repo, writes } = counting(await openRepository(new IDBFactory()));
    const autosave = attachAutosave(store, repo, { delayMs: 10_000, intervalMs: 10_000 });
    await autosave.flush();
    expect(writes).toHaveLength(0);
    store.getState().updateNode('c1', { text: 'Flushed' });
    await autosave.flush();
    expect(writes).toHaveLength(1);
    expect(((await repo.get('sample'))!.map as { nodes: { text?: string }[] }).nodes[0]!.text).toBe('Flushed');
    autosave.detach();
  });

  it('counts a write still in flight as unsaved, since leaving the page can abort it', async () => {
    const store = sampleStore();
    const base = await openRepository(new IDBFactory());
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const repo: MapRepository = { ...base, put: async (record) => { await held; await base.put(record); } };
    const autosave = attachAutosave(store, repo, { delayMs: 10_000, intervalMs: 10_000 });
    store.getState().updateNode('c1', { text: 'In flight' });
    const done = autosave.flush();
    // The write has started but the repository does not hold it yet: a last-chance copy is still due.
    expect(autosave.pending()).toMatchObject({ key: 'sample', map: { nodes: expect.arrayContaining([expect.objectContaining({ text: 'In flight' })]) } });
    release();
    await done;
    expect(autosave.pending()).toBeNull();
    autosave.detach();
  });

  it('keeps a last-chance copy when a change goes back to what is stored while a write of another state is in flight', async () => {
    // Undo, then redo before the undo's write has finished: the repository may end up holding the
    // undone map, so the redone one (the very document stored before) is still unsaved.
    const store = sampleStore();
    const base = await openRepository(new IDBFactory());
    let held: Promise<void> = Promise.resolve();
    const repo: MapRepository = { ...base, put: async (record) => { await held; await base.put(record); } };
    const autosave = attachAutosave(store, repo, { delayMs: 10_000, intervalMs: 10_000 });
    store.getState().updateNode('c1', { text: 'Edited' });
    const edited = store.getState().doc;
    await autosave.flush();
    // Reopened as after a reload: the stored map with its stored undo history.
    const history = store.temporal.getState();
    const { pastStates, futureStates } = history;
    store.getState().openDocument({ ...store.getState(), key: 'sample', origin: 'bundled', map: edited, problems: [] });
    store.temporal.setState({ pastStates, futureStates });
    expect(store.getState().doc).toBe(edited);
    expect(autosave.pending()).toBeNull();

    let release!: () => void;
    held = new Promise<void>((r) => (release = r));
    store.temporal.getState().undo();
    const done = autosave.flush();
    store.temporal.getState().redo();
    expect(store.getState().doc).toBe(edited);
    expect(autosave.pending()).toMatchObject({ key: 'sample', map: edited });
    release();
    await done;
    // The undone map landed; the redo is written by the next flush, and then nothing is due.
    await autosave.flush();
    expect(((await repo.get('sample'))!.map as { nodes: { text?: string }[] }).nodes[0]!.text).toBe('Edited');
    expect(autosave.pending()).toBeNull();
    autosave.detach();
  });

  it('waits for a drag to end, then saves its end state once', async () => {
    const store = sampleStore();
    const { repo, writes } = counting(await openRepository(new IDBFactory()));
    const autosave = attachAutosave(store, repo, { delayMs: 1, intervalMs: 5 });
    store.getState().beginGesture();
    for (let i = 1; i <= 20; i++) store.getState().moveNodes({ c1: { x: i, y: i } });
    await new Promise((r) => setTimeout(r, 30));
    expect(writes).toHaveLength(0);
    expect(autosave.pending()).toMatchObject({ key: 'sample', origin: 'bundled' });
    store.getState().endGesture();
    await autosave.flush();
    expect(writes).toHaveLength(1);
    expect(((await repo.get('sample'))!.map as { layout: { c1: unknown } }).layout.c1).toEqual({ x: 20, y: 20 });
    expect(autosave.pending()).toBeNull();
    autosave.detach();
  });

  it('does not save a map merely because it was opened', async () => {
    const store = sampleStore();
    const { repo, writes } = counting(await openRepository(new IDBFactory()));
    const autosave = attachAutosave(store, repo, { delayMs: 1, intervalMs: 5 });
    store.getState().openDocument({ ...store.getState(), key: 'other', origin: 'local', map: { ...store.getState().doc, id: 'other' }, problems: [] });
    await new Promise((r) => setTimeout(r, 30));
    await autosave.flush();
    expect(writes).toHaveLength(0);
    autosave.detach();
  });
});
