import type { Problem } from '../../domain/errors';
import type { MapOrigin } from '../types';
import type { SavedHistory } from './history';

/** One autosaved map. `map` is stored as it was, and read back through the loader like any file. */
export interface SavedMap {
  readonly key: string;
  readonly origin: MapOrigin;
  readonly title: string;
  readonly savedAt: number;
  readonly map: unknown;
}

export type SavedMapSummary = Omit<SavedMap, 'map'>;

/** A snapshot of a map as it was at `takenAt`; `map` is read back through the loader like any file. */
export interface StoredVersion {
  readonly id: number;
  readonly key: string;
  readonly takenAt: number;
  readonly map: unknown;
}

export interface QuarantinedMap {
  readonly record: SavedMap;
  readonly problems: readonly Problem[];
  readonly at: number;
}

/** Where the autosave keeps maps: IndexedDB in the browser, fake-indexeddb in unit tests. */
export interface MapRepository {
  get(key: string): Promise<SavedMap | undefined>;
  put(record: SavedMap): Promise<void>;
  delete(key: string): Promise<void>;
  list(): Promise<SavedMapSummary[]>;
  getSetting<T>(name: string): Promise<T | undefined>;
  setSetting(name: string, value: unknown): Promise<void>;
  /** The undo history of a map (see history.ts), kept apart from it so the map's record stays a plain map. */
  getHistory(key: string): Promise<SavedHistory | undefined>;
  putHistory(history: SavedHistory): Promise<void>;
  deleteHistory(key: string): Promise<void>;
  /** Keeps a saved map the loader refused, so a bad autosave is set aside rather than lost. */
  quarantine(record: SavedMap, problems: readonly Problem[]): Promise<void>;
  /** A source text kept in the browser by the SHA-256 of its text (`stored: "browser"` in a map). */
  getSourceText(hash: string): Promise<string | undefined>;
  putSourceText(hash: string, text: string): Promise<void>;
  /** Earlier versions of a map (versions.ts): added, listed oldest first, pruned. */
  addVersion(version: Omit<StoredVersion, 'id'>): Promise<number>;
  listVersions(key: string): Promise<StoredVersion[]>;
  deleteVersion(id: number): Promise<void>;
  /** What was set aside (a saved map the loader refused), newest last. */
  listQuarantine(): Promise<QuarantinedMap[]>;
  close(): void;
}

/** 2 added the undo histories, 3 the source texts kept by hash, 4 the earlier versions. */
export const DB_VERSION = 4;
const MAPS = 'maps';
const SETTINGS = 'settings';
const QUARANTINE = 'quarantine';
const HISTORY = 'history';
const SOURCE_TEXTS = 'sourceTexts';
const VERSIONS = 'versions';
const BY_MAP = 'byMap';

export function openRepository(factory: IDBFactory = globalThis.indexedDB, name = 'counterpoint'): Promise<MapRepository> {
  return new Promise((resolve, reject) => {
    const request = factory.open(name, DB_VERSION);
    // Any store missing is made, whatever version the database was: a database from any
    // earlier build opens with its data, and one that lost a store gets it back.
    request.onupgradeneeded = () => {
      const db = request.result;
      if (!db.objectStoreNames.contains(MAPS)) db.createObjectStore(MAPS, { keyPath: 'key' });
      if (!db.objectStoreNames.contains(SETTINGS)) db.createObjectStore(SETTINGS);
      if (!db.objectStoreNames.contains(QUARANTINE)) db.createObjectStore(QUARANTINE, { autoIncrement: true });
      if (!db.objectStoreNames.contains(HISTORY)) db.createObjectStore(HISTORY, { keyPath: 'key' });
      if (!db.objectStoreNames.contains(SOURCE_TEXTS)) db.createObjectStore(SOURCE_TEXTS, { keyPath: 'hash' });
      if (!db.objectStoreNames.contains(VERSIONS)) db.createObjectStore(VERSIONS, { keyPath: 'id', autoIncrement: true }).createIndex(BY_MAP, 'key');
    };
    request.onerror = () => reject(request.error ?? new Error('IndexedDB could not be opened'));
    // Firefox's private mode (and some locked-down browsers) throw or fail here: the caller says so to the user.
    request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab holding an older version'));
    request.onsuccess = () => resolve(repository(request.result));
  });
}

function repository(db: IDBDatabase): MapRepository {
  // A newer version of the app in another tab needs this connection out of the way to upgrade.
  db.onversionchange = () => db.close();
  const run = <T>(store: string, mode: IDBTransactionMode, act: (s: IDBObjectStore) => IDBRequest<T> | void): Promise<T> =>
    new Promise((resolve, reject) => {
      const tx = db.transaction(store, mode);
      const request = act(tx.objectStore(store));
      // Resolve once the transaction commits, so "saved" means on disk, not merely queued.
      tx.oncomplete = () => resolve(request ? request.result : (undefined as T));
      tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
      tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
    });

  return {
    get: (key) => run<SavedMap | undefined>(MAPS, 'readonly', (s) => s.get(key)),
    put: (record) => run(MAPS, 'readwrite', (s) => void s.put(record)),
    delete: (key) => run(MAPS, 'readwrite', (s) => void s.delete(key)),
    async list() {
      const all = await run<SavedMap[]>(MAPS, 'readonly', (s) => s.getAll());
      return all.map(({ map: _map, ...summary }) => summary);
    },
    getSetting: <T>(name: string) => run<T | undefined>(SETTINGS, 'readonly', (s) => s.get(name)),
    setSetting: (name, value) => run(SETTINGS, 'readwrite', (s) => void s.put(value, name)),
    getHistory: (key) => run<SavedHistory | undefined>(HISTORY, 'readonly', (s) => s.get(key)),
    putHistory: (history) => run(HISTORY, 'readwrite', (s) => void s.put(history)),
    deleteHistory: (key) => run(HISTORY, 'readwrite', (s) => void s.delete(key)),
    quarantine: (record, problems) =>
      run(QUARANTINE, 'readwrite', (s) => void s.add({ record, problems: problems.map((p) => ({ ...p })), at: Date.now() })),
    async getSourceText(hash) {
      const record = await run<{ hash: string; text: string } | undefined>(SOURCE_TEXTS, 'readonly', (s) => s.get(hash));
      return record?.text;
    },
    putSourceText: (hash, text) => run(SOURCE_TEXTS, 'readwrite', (s) => void s.put({ hash, text, savedAt: Date.now() })),
    addVersion: (version) => run<IDBValidKey>(VERSIONS, 'readwrite', (s) => s.add(version)) as Promise<number>,
    listVersions: (key) => run<StoredVersion[]>(VERSIONS, 'readonly', (s) => s.index(BY_MAP).getAll(key)),
    deleteVersion: (id) => run(VERSIONS, 'readwrite', (s) => void s.delete(id)),
    listQuarantine: () => run<QuarantinedMap[]>(QUARANTINE, 'readonly', (s) => s.getAll()),
    close: () => db.close(),
  };
}
