import type { ArgumentMap } from '../../domain/schema/map';
import type { CounterpointStore } from '../types';
import { encodeHistory, type HistoryLimits, type SavedHistory, type Timeline } from './history';
import type { MapRepository, SavedMap, SavedMapSummary } from './repository';
import { describeStorageError } from './storageFaults';

export interface AutosaveOptions {
  /** A change is written this soon after it is made: out of the frame that shows it, well before a person could close the page. */
  readonly delayMs?: number;
  /** Writes come at most this often while edits keep coming (the last change is always written). */
  readonly intervalMs?: number;
  /** How much undo history is kept with the map (history.ts). */
  readonly historyLimits?: HistoryLimits;
  /** Told after each write, e.g. to refresh the map picker's "edited" marks. */
  readonly onSaved?: (summary: SavedMapSummary | { key: string; deleted: true }) => void;
}

/**
 * What is not yet written: a map to save, or a default map to forget (it is back to pristine),
 * with the undo history leading to it (null: none to keep).
 */
export type PendingSave = (SavedMap | { readonly key: string; readonly deleted: true }) & { readonly history: SavedHistory | null };

interface SavedMark {
  readonly key: string;
  readonly doc: ArgumentMap;
  readonly history: HistoryMark | null;
}

interface HistoryMark {
  readonly past: readonly unknown[];
  readonly pastLength: number;
  readonly future: readonly unknown[];
  readonly futureLength: number;
}

export interface Autosave {
  /** Writes any unsaved change now; the app calls it on `pagehide` and before opening another map. */
  flush(): Promise<void>;
  /**
   * The change not yet durably written, if any, for a synchronous last-chance copy when the
   * page goes away. A write still in flight counts: unloading the page can abort it.
   */
  pending(): PendingSave | null;
  /**
   * Forgets the stored undo history before the present document ("Reset to default"); undo
   * still crosses it in this page, and undoing the reset brings the history back.
   */
  discardHistory(): void;
  detach(): void;
}

/**
 * Saves the open map to the repository after every change: a moment after it (never in the
 * frame that shows the change), then at most once per interval while edits keep coming; the
 * last change is always written. A drag in progress is saved when it ends. A bundled map that is back to its pristine default is deleted
 * from the repository rather than saved, so "edited" always means "differs from the default".
 * The undo history is written with the map (history.ts), so undo survives a reload.
 */
export function attachAutosave(store: CounterpointStore, repo: MapRepository, options: AutosaveOptions = {}): Autosave {
  const delay = options.delayMs ?? 120;
  const interval = options.intervalMs ?? 400;
  let lastWrite = Number.NEGATIVE_INFINITY;
  /** What the last write started with (or what was opened): the map, and the undo store's lists then (null: as opened). */
  let saved: SavedMark = { key: store.getState().mapKey, doc: store.getState().doc, history: null };
  /** What the repository is known to hold: `saved` once its write has finished. */
  let stored: SavedMark = saved;
  /** History before this document is not stored (set by `discardHistory`, cleared by opening a map). */
  let floor: ArgumentMap | null = null;
  let historyDirty = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let writing: Promise<void> = Promise.resolve();

  const mark = (): HistoryMark => {
    const { pastStates, futureStates } = store.temporal.getState();
    return { past: pastStates, pastLength: pastStates.length, future: futureStates, futureLength: futureStates.length };
  };
  // zundo shortens its lists in place on undo and redo, so a list is compared by identity and length.
  const historyChanged = (since: SavedMark) => {
    if (historyDirty) return true;
    if (!since.history) return false;
    const now = mark();
    return now.past !== since.history.past || now.pastLength !== since.history.pastLength || now.future !== since.history.future || now.futureLength !== since.history.futureLength;
  };

  /** Whether the open map differs from `since` (by default, from what the last write started with). */
  const dirty = (since: SavedMark = saved) => {
    const { mapKey, doc } = store.getState();
    return mapKey === since.key && (doc !== since.doc || historyChanged(since));
  };

  /** The undo store's lists, with the start of a gesture in progress as a step of its own. */
  const timeline = (): Timeline => {
    const { doc, gestureBase } = store.getState();
    const { pastStates, futureStates } = store.temporal.getState();
    const base = gestureBase();
    return { past: base && base !== doc ? [...pastStates, { doc: base }] : pastStates, present: doc, future: base && base !== doc ? [] : futureStates };
  };

  const unsaved = (since: SavedMark): PendingSave | null => {
    if (!dirty(since)) return null;
    const { mapKey: key, origin, doc, pristine } = store.getState();
    const history = encodeHistory(timeline(), { key, pristine, floor, limits: options.historyLimits });
    return origin === 'bundled' && doc === pristine
      ? { key, deleted: true, history }
      : { key, origin, title: doc.title, savedAt: Date.now(), map: doc, history };
  };

  const write = (): Promise<void> => {
    const next = unsaved(saved);
    if (!next) return writing;
    const started: SavedMark = { key: store.getState().mapKey, doc: store.getState().doc, history: mark() };
    saved = started;
    historyDirty = false;
    store.getState().setSaveStatus('saving');
    // Writes are chained so an older document never lands after a newer one.
    writing = writing
      .then(async () => {
        const { history, ...record } = next;
        if ('deleted' in record) {
          await repo.delete(record.key);
          options.onSaved?.(record);
        } else {
          await repo.put(record);
          const { map: _map, ...summary } = record;
          options.onSaved?.(summary);
        }
        // After the map: a history whose head is not the stored map is discarded when read, never misapplied.
        if (history) await repo.putHistory(history);
        else await repo.deleteHistory(record.key);
        if (stored.key === started.key) stored = started;
        if (!dirty()) store.getState().setSaveStatus('saved', { savedAt: Date.now() });
      })
      .catch((e: unknown) => {
        store.getState().setSaveStatus('error', { error: describeStorageError(e) });
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
      saved = { key: state.mapKey, doc: state.doc, history: null };
      stored = saved;
      floor = null;
      historyDirty = false;
      return;
    }
    if (state.doc === previous.doc || state.mapKey !== saved.key) return;
    // An undo back to the saved document is still a change of history: the tick decides.
    if (state.doc !== saved.doc && state.saveStatus !== 'pending') store.getState().setSaveStatus('pending');
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
    // With a write in flight the repository ends up holding either `stored` or `saved`: a change
    // back to `stored` (a redo after an undo being written) is as unsaved as any other.
    pending: () => unsaved(stored) ?? (saved !== stored ? unsaved(saved) : null),
    discardHistory() {
      floor = store.getState().doc;
      historyDirty = true;
      schedule();
    },
    detach() {
      unsubscribe();
      if (timer) clearTimeout(timer);
      timer = null;
    },
  };
}
