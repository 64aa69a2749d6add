import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { sampleMap } from '../../domain/testing/sampleMap';
import { createCounterpointStore } from '../createStore';
import { attachAutosave } from './autosave';
import { openRepository, type MapRepository } from './repository';
import { describeStorageError } from './storageFaults';

describe('describing storage faults', () => {
  it('names a full disk, a refused database, and otherwise passes the browser message on', () => {
    expect(describeStorageError(new DOMException('quota', 'QuotaExceededError'))).toMatch(/storage for Counterpoint is full/);
    expect(describeStorageError(new DOMException('denied', 'InvalidStateError'))).toMatch(/private mode/);
    expect(describeStorageError(new Error('disk on fire'))).toBe('disk on fire');
  });
});

describe('a store that refuses writes', () => {
  it('shows the fault until a later save succeeds, and the map stays editable', async () => {
    const base = await openRepository(new IDBFactory());
    let full = true;
    const repo: MapRepository = {
      ...base,
      put: async (record) => {
        if (full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        await base.put(record);
      },
    };
    const store = createCounterpointStore({ key: 'm', origin: 'local', map: sampleMap(), sourceTexts: {}, anchors: {}, problems: [] });
    const autosave = attachAutosave(store, repo, { delayMs: 0, intervalMs: 0 });
    store.getState().updateNode('c2', { text: 'Not saved' });
    await autosave.flush();
    expect(store.getState().storageFault).toMatch(/full/);
    expect(store.getState().saveStatus).toBe('error');

    // Still editable; the fault stays while the next save is under way.
    expect(store.getState().updateNode('c2', { text: 'Edited anyway' }).ok).toBe(true);
    expect(store.getState().storageFault).toMatch(/full/);

    full = false;
    await autosave.flush();
    expect(store.getState().storageFault).toBeNull();
    expect(((await base.get('m'))!.map as { nodes: { id: string; text?: string }[] }).nodes.find((n) => n.id === 'c2')?.text).toBe('Edited anyway');
    autosave.detach();
    base.close();
  });
});
