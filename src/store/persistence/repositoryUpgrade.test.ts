import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { DB_VERSION, openRepository } from './repository';

/** A database as build 3 made it, with a saved map, a history and a source text in it. */
function makeVersion3(factory: IDBFactory, stores = ['maps', 'settings', 'quarantine', 'history', 'sourceTexts']): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.open('counterpoint', 3);
    request.onupgradeneeded = () => {
      const db = request.result;
      if (stores.includes('maps')) db.createObjectStore('maps', { keyPath: 'key' }).put({ key: 'mine', origin: 'local', title: 'Mine', savedAt: 5, map: { kept: true } });
      if (stores.includes('settings')) db.createObjectStore('settings').put('mine', 'lastOpened');
      if (stores.includes('quarantine')) db.createObjectStore('quarantine', { autoIncrement: true });
      if (stores.includes('history')) db.createObjectStore('history', { keyPath: 'key' }).put({ key: 'mine', steps: [] });
      if (stores.includes('sourceTexts')) db.createObjectStore('sourceTexts', { keyPath: 'hash' }).put({ hash: 'h1', text: 'A kept text' });
    };
    request.onsuccess = () => {
      request.result.close();
      resolve();
    };
    request.onerror = () => reject(request.error);
  });
}

describe('upgrading the browser database', () => {
  it('opens a version 3 database at version 4 with its data kept and the versions store added', async () => {
    expect(DB_VERSION).toBe(4);
    const factory = new IDBFactory();
    await makeVersion3(factory);
    const repo = await openRepository(factory);
    expect(await repo.get('mine')).toMatchObject({ title: 'Mine', map: { kept: true } });
    expect(await repo.getSetting('lastOpened')).toBe('mine');
    expect(await repo.getHistory('mine')).toMatchObject({ key: 'mine' });
    expect(await repo.getSourceText('h1')).toBe('A kept text');
    const id = await repo.addVersion({ key: 'mine', takenAt: 7, map: { v: 1 } });
    await repo.addVersion({ key: 'other', takenAt: 8, map: { v: 2 } });
    expect(await repo.listVersions('mine')).toEqual([{ id, key: 'mine', takenAt: 7, map: { v: 1 } }]);
    await repo.deleteVersion(id);
    expect(await repo.listVersions('mine')).toEqual([]);
    repo.close();
  });

  it('makes any store an older database lacks (one from build 1, without quarantine or texts)', async () => {
    const factory = new IDBFactory();
    await makeVersion3(factory, ['maps', 'settings']);
    const repo = await openRepository(factory);
    expect(await repo.get('mine')).toMatchObject({ title: 'Mine' });
    await repo.quarantine({ key: 'bad', origin: 'local', title: 'Bad', savedAt: 1, map: 1 }, []);
    expect(await repo.listQuarantine()).toHaveLength(1);
    await repo.putSourceText('h2', 'text');
    expect(await repo.getSourceText('h2')).toBe('text');
    repo.close();
  });

  it('refuses with the browser\'s error when IndexedDB will not open (private mode)', async () => {
    const refusing = { open: () => { throw new DOMException('The user denied permission to access the database.', 'InvalidStateError'); } } as unknown as IDBFactory;
    await expect(openRepository(refusing)).rejects.toMatchObject({ name: 'InvalidStateError' });
  });

  it('refuses when the open request fires an error instead of throwing', async () => {
    const request = {} as { onerror?: () => void; error: DOMException };
    const failing = {
      open: () => {
        request.error = new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
        setTimeout(() => request.onerror?.(), 0);
        return request;
      },
    } as unknown as IDBFactory;
    await expect(openRepository(failing)).rejects.toMatchObject({ name: 'InvalidStateError' });
  });
});
