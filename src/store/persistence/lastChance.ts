import type { MapRepository } from './repository';
import type { SavedHistory } from './history';

/** Where the last unsaved change is copied, synchronously, when the page goes away. */
export const UNSAVED_KEY = 'counterpoint:unsaved';

export type SyncStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * The last-chance copy: an IndexedDB write started in `pagehide` may not finish before the
 * page unloads, so the unsaved change is also copied to synchronous storage (localStorage)
 * at once, and the next start moves it into the repository.
 */
export class LastChance {
  constructor(private readonly storage: SyncStorage | undefined) {}

  /** Copies a pending write now: with its undo history if it fits, else the map alone. */
  keep(pending: object): void {
    if (!this.storage) return;
    for (const copy of [pending, { ...pending, history: null }]) {
      try {
        this.storage.setItem(UNSAVED_KEY, JSON.stringify(copy));
        return;
      } catch {
        // Too large for localStorage, or storage is off: the IndexedDB write is all there is.
      }
    }
  }

  /** Moves a copy left by the previous page into the repository, if it is newer than what is stored there. */
  async recover(repo: MapRepository | null): Promise<void> {
    const raw = this.storage?.getItem(UNSAVED_KEY);
    if (!this.storage || !raw || !repo) return;
    this.storage.removeItem(UNSAVED_KEY);
    let copy: { key?: unknown; deleted?: unknown; savedAt?: unknown; origin?: unknown; title?: unknown; map?: unknown; history?: unknown };
    try {
      copy = JSON.parse(raw) as typeof copy;
    } catch {
      return;
    }
    if (typeof copy.key !== 'string') return;
    const key = copy.key;
    // Checked against the map when it is opened (its head must be that map), like any stored history.
    const history = isSavedHistory(copy.history, key) ? copy.history : null;
    const keepHistory = () => (history ? repo.putHistory(history) : repo.deleteHistory(key));
    if (copy.deleted === true) {
      await repo.delete(key);
      return void (await keepHistory());
    }
    const stored = await repo.get(key);
    const savedAt = typeof copy.savedAt === 'number' ? copy.savedAt : 0;
    if (stored && stored.savedAt > savedAt) return;
    await keepHistory();
    // Stored as it came; opening it sends it through the loader like any other autosave.
    await repo.put({
      key,
      origin: copy.origin === 'bundled' ? 'bundled' : 'local',
      title: typeof copy.title === 'string' ? copy.title : key,
      savedAt,
      map: copy.map,
    });
  }
}

function isSavedHistory(value: unknown, key: string): value is SavedHistory {
  const h = value as Partial<SavedHistory> | null;
  return !!h && typeof h === 'object' && h.key === key && typeof h.head === 'string' && Array.isArray(h.past) && Array.isArray(h.future);
}
