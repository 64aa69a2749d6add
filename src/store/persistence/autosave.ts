import type { ArgumentMap } from '../../domain/schema/map';
import type { CounterpointStore } from '../types';
import type { MapRepository, SavedMapSummary } from './repository';

export interface AutosaveOptions {
  /** Saves happen at most this often while the user keeps editing (trailing: the last change is always saved). */
  readonly intervalMs?: number;
  /** Told after each write, e.g. to refresh the map picker's "edited" marks. */
  readonly onSaved?: (summary: SavedMapSummary | { key: string; deleted: true }) => void;
}

export interface Autosave {
  /** Writes any unsaved change now; the app calls it on `pagehide` and before opening another map. */
  flush(): Promise<void>;
  detach(): void;
}

/**
 * Saves the open map to the repository after every change, throttled. A bundled map that
 * is back to its pristine default is deleted from the repository rather than saved, so
 * "edited" always means "differs from the default".
 */
export function attachAutosave(store: CounterpointStore, repo: MapRepository, options: AutosaveOptions = {}): Autosave {
  const interval = options.intervalMs ?? 400;
  let saved: { key: string; doc: ArgumentMap } = { key: store.getState().mapKey, doc: store.getState().doc };
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writing: Promise<void> = Promise.resolve();

  const dirty = () => {
    const { mapKey, doc } = store.getState();
    return mapKey === saved.key && doc !== saved.doc;
  };

  const write = (): Promise<void> => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (!dirty()) return writing;
    const { mapKey: key, origin, doc, pristine } = store.getState();
    saved = { key, doc };
    store.getState().setSaveStatus('saving');
    // Writes are chained so an older document never lands after a newer one.
    writing = writing
      .then(async () => {
        if (origin === 'bundled' && doc === pristine) {
          await repo.delete(key);
          options.onSaved?.({ key, deleted: true });
        } else {
          const record = { key, origin, title: doc.title, savedAt: Date.now(), map: doc };
          await repo.put(record);
          options.onSaved?.({ key, origin, title: doc.title, savedAt: record.savedAt });
        }
        if (!dirty()) store.getState().setSaveStatus('saved', { savedAt: Date.now() });
      })
      .catch((e: unknown) => {
        store.getState().setSaveStatus('error', { error: e instanceof Error ? e.message : String(e) });
      });
    return writing;
  };

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.openSerial !== previous.openSerial) {
      // A map was opened: what it holds is what is stored (or the default), so nothing is unsaved.
      if (timer) clearTimeout(timer);
      timer = null;
      saved = { key: state.mapKey, doc: state.doc };
      return;
    }
    if (state.doc === previous.doc || !dirty()) return;
    if (state.saveStatus !== 'pending') store.getState().setSaveStatus('pending');
    timer ??= setTimeout(() => void write(), interval);
  });

  return {
    flush: write,
    detach() {
      unsubscribe();
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
