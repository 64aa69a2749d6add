import type { ArgumentMap } from '../../domain/schema/map';
import type { CounterpointStore } from '../types';
import type { MapRepository, SavedMap, SavedMapSummary } from './repository';

export interface AutosaveOptions {
  /** A change is written this soon after it is made: out of the frame that shows it, well before a person could close the page. */
  readonly delayMs?: number;
  /** Writes come at most this often while edits keep coming (the last change is always written). */
  readonly intervalMs?: number;
  /** Told after each write, e.g. to refresh the map picker's "edited" marks. */
  readonly onSaved?: (summary: SavedMapSummary | { key: string; deleted: true }) => void;
}

/** What is not yet written: a map to save, or a default map to forget (it is back to pristine). */
export type PendingSave = SavedMap | { readonly key: string; readonly deleted: true };

export interface Autosave {
  /** Writes any unsaved change now; the app calls it on `pagehide` and before opening another map. */
  flush(): Promise<void>;
  /** The change not yet written, if any, for a synchronous last-chance copy when the page goes away. */
  pending(): PendingSave | null;
  detach(): void;
}

/**
 * Saves the open map to the repository after every change: a moment after it (never in the
 * frame that shows the change), then at most once per interval while edits keep coming; the
 * last change is always written. A drag in progress is saved when it ends. A bundled map that is back to its pristine default is deleted
 * from the repository rather than saved, so "edited" always means "differs from the default".
 */
export function attachAutosave(store: CounterpointStore, repo: MapRepository, options: AutosaveOptions = {}): Autosave {
  const delay = options.delayMs ?? 120;
  const interval = options.intervalMs ?? 400;
  let lastWrite = Number.NEGATIVE_INFINITY;
  let saved: { key: string; doc: ArgumentMap } = { key: store.getState().mapKey, doc: store.getState().doc };
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writing: Promise<void> = Promise.resolve();

  const dirty = () => {
    const { mapKey, doc } = store.getState();
    return mapKey === saved.key && doc !== saved.doc;
  };

  const pending = (): PendingSave | null => {
    if (!dirty()) return null;
    const { mapKey: key, origin, doc, pristine } = store.getState();
    return origin === 'bundled' && doc === pristine ? { key, deleted: true } : { key, origin, title: doc.title, savedAt: Date.now(), map: doc };
  };

  const write = (): Promise<void> => {
    const next = pending();
    if (!next) return writing;
    saved = { key: store.getState().mapKey, doc: store.getState().doc };
    store.getState().setSaveStatus('saving');
    // Writes are chained so an older document never lands after a newer one.
    writing = writing
      .then(async () => {
        if ('deleted' in next) {
          await repo.delete(next.key);
          options.onSaved?.(next);
        } else {
          await repo.put(next);
          const { map: _map, ...summary } = next;
          options.onSaved?.(summary);
        }
        if (!dirty()) store.getState().setSaveStatus('saved', { savedAt: Date.now() });
      })
      .catch((e: unknown) => {
        store.getState().setSaveStatus('error', { error: e instanceof Error ? e.message : String(e) });
      });
    return writing;
  };

  const tick = () => {
    timer = null;
    if (!dirty() || !store.temporal.getState().isTracking) return;
    lastWrite = Date.now();
    void write();
  };
  const schedule = () => {
    if (timer) return;
    timer = setTimeout(tick, Math.max(delay, lastWrite + interval - Date.now()));
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
    // While a gesture (a drag) is under way, its end is the change worth saving.
    if (!store.temporal.getState().isTracking) return;
    schedule();
  });

  return {
    flush() {
      if (timer) clearTimeout(timer);
      timer = null;
      return write();
    },
    pending,
    detach() {
      unsubscribe();
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
