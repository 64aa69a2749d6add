import { fragmentFromText, type ClipboardRead } from './document/fragmentText';
import { problem, type Problem } from '../domain/errors';
import { loadMap, loadMapValue, type LoadResult, type SourceReader } from '../domain/loader';
import { emptyMap, type ArgumentMap } from '../domain/schema/map';
import { serializeMap } from '../domain/serialize';
import { slugId } from './document/records';
import { attachAutosave, type Autosave } from './persistence/autosave';
import { decodeHistory, type HistoryLimits, type SavedHistory } from './persistence/history';
import type { MapRepository, SavedMapSummary } from './persistence/repository';
import type { CatalogueEntry, CounterpointStore, OpenedMap } from './types';

/** The pristine default maps (maps/*.map.json in the app), read through the loader on demand. */
export interface DefaultMaps {
  list(): readonly { key: string; title: string }[];
  load(key: string): LoadResult | undefined;
}

export type ImportOutcome =
  | { ok: true; key: string; replaced: boolean }
  | { ok: false; problems: readonly Problem[] };

const LAST_OPENED = 'lastOpened';
/** Where the last unsaved change is copied, synchronously, when the page goes away. */
export const UNSAVED_KEY = 'counterpoint:unsaved';

export interface SessionOptions {
  /**
   * Synchronous storage (localStorage) for a last-chance copy of an unsaved change when the
   * page goes away: an IndexedDB write started in `pagehide` may not finish before unload.
   */
  readonly lastChance?: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
  /** How much undo history is stored with each map (tests make it small). */
  readonly historyLimits?: HistoryLimits;
}

/**
 * Opens, creates, imports, resets and exports maps. Every map that enters (a default, an
 * autosave, an imported file) goes through `loadMap`/`loadMapValue`; a refusal shows its
 * coded problems and leaves the open map exactly as it was.
 */
export class Session {
  private readonly autosave: Autosave | null;
  private saved = new Map<string, SavedMapSummary>();

  constructor(
    readonly store: CounterpointStore,
    private readonly repo: MapRepository | null,
    private readonly defaults: DefaultMaps,
    private readonly readSource: SourceReader,
    private readonly options: SessionOptions = {},
  ) {
    this.autosave = repo
      ? attachAutosave(store, repo, {
          historyLimits: options.historyLimits,
          onSaved: (s) => {
            if ('deleted' in s) this.saved.delete(s.key);
            else this.saved.set(s.key, s);
            this.publishCatalogue();
          },
        })
      : null;
  }

  /** Opens the map named in the URL, else the one open last time, else the first default. */
  async start(preferred?: string | null): Promise<void> {
    await this.recoverLastChance();
    if (this.repo) for (const s of await this.repo.list()) this.saved.set(s.key, s);
    this.publishCatalogue();
    const last = (await this.repo?.getSetting<string>(LAST_OPENED)) ?? null;
    const candidates = [preferred, last, this.defaults.list()[0]?.key].filter((k): k is string => !!k && this.exists(k));
    if (preferred && !this.exists(preferred)) {
      this.store.getState().notify({ tone: 'error', text: `There is no map called "${preferred}"; the default map is open instead.` });
    }
    for (const key of candidates) if (await this.open(key)) return;
    const fresh = emptyMap('untitled', 'Untitled map');
    this.store.getState().openDocument({ key: 'untitled', origin: 'local', map: fresh, sourceTexts: {}, anchors: {}, problems: [] });
  }

  exists(key: string): boolean {
    return this.saved.has(key) || this.defaults.list().some((d) => d.key === key);
  }

  /** Opens a map by key: its autosave if there is one, else its default. False if it cannot be opened. */
  async open(key: string): Promise<boolean> {
    await this.flush();
    const pristine = this.defaults.list().some((d) => d.key === key) ? this.defaults.load(key) : undefined;
    const [record, history] = await Promise.all([this.repo?.get(key), this.repo?.getHistory(key).catch(() => undefined)]);
    if (record) {
      const restored = loadMapValue(record.map, { readSource: this.readSource });
      if (restored.ok) {
        this.show({ key, origin: record.origin, ...restored, pristine: pristine?.ok ? pristine.map : null }, history);
        return true;
      }
      await this.repo!.quarantine(record, restored.problems);
      await this.repo!.delete(key);
      this.saved.delete(key);
      this.publishCatalogue();
      this.store.getState().notify({
        tone: 'error',
        title: 'Saved changes could not be read',
        text: `The copy of "${record.title}" saved in this browser was refused by the loader and has been set aside${pristine?.ok ? '; the default map is open instead' : ''}.`,
        problems: restored.problems,
      });
    }
    if (!pristine) return false;
    if (!pristine.ok) {
      this.store.getState().notify({ tone: 'error', title: 'This map could not be opened', text: `The default map "${key}" was refused by the loader.`, problems: pristine.problems });
      return false;
    }
    this.show({ key, origin: 'bundled', ...pristine, pristine: pristine.map }, history);
    return true;
  }

  /** Starts an empty map, saved in this browser, and opens it. */
  async newMap(title = 'Untitled map'): Promise<string> {
    const key = this.freeKey('untitled');
    await this.flush();
    const map = emptyMap(key, title);
    // Stored before it is shown, so a reload right away (the URL already names it) finds it.
    await this.saveNow(key, map);
    this.show({ key, origin: 'local', map, sourceTexts: {}, anchors: {}, problems: [] });
    return key;
  }

  /**
   * Imports a map file's text. A refused file changes nothing and returns its problems. A map
   * whose id is the open map's replaces it in one undoable step; an id used by another map is
   * given a fresh one, so an import never overwrites anything silently.
   */
  async importText(text: string, fileName = 'the file'): Promise<ImportOutcome> {
    const result = loadMap(text, { readSource: this.readSource });
    if (!result.ok) {
      this.store.getState().notify({ tone: 'error', title: `${fileName} could not be imported`, text: 'The open map was not changed.', problems: result.problems });
      return { ok: false, problems: result.problems };
    }
    const state = this.store.getState();
    if (result.map.id === state.mapKey) {
      state.replaceMap(result.map, result);
      state.notify({ tone: 'info', text: `Imported ${fileName} over the open map (undo restores it).` });
      return { ok: true, key: state.mapKey, replaced: true };
    }
    const key = this.exists(result.map.id) ? this.freeKey(result.map.id) : result.map.id;
    const map: ArgumentMap = { ...result.map, id: key };
    await this.flush();
    await this.saveNow(key, map);
    this.show({ key, origin: 'local', map, sourceTexts: result.sourceTexts, anchors: result.anchors, problems: result.problems });
    state.notify({ tone: 'info', text: key === result.map.id ? `Imported ${fileName}.` : `Imported ${fileName} as "${key}" (the id "${result.map.id}" was taken).` });
    return { ok: true, key, replaced: false };
  }

  /**
   * Returns a bundled map to its default, in one undoable step. The stored undo history is
   * discarded (a reload starts from the default with nothing to undo); in this page the
   * reset can still be undone.
   */
  resetToDefault(): boolean {
    const { pristine, replaceMap } = this.store.getState();
    if (!pristine) return false;
    replaceMap(pristine);
    this.autosave?.discardHistory();
    return true;
  }

  /** Reads text from the system clipboard: nodes copied from Counterpoint, checked by the loader, or not ours. */
  readClipboard(text: string): ClipboardRead {
    return fragmentFromText(text, this.readSource);
  }

  /** The open map as a `.map.json` file that `counterpoint validate` accepts. */
  exportFile(): { fileName: string; text: string } {
    const { doc, mapKey } = this.store.getState();
    return { fileName: `${mapKey}.map.json`, text: serializeMap(doc) };
  }

  flush(): Promise<void> {
    return this.autosave?.flush() ?? Promise.resolve();
  }

  /**
   * For `pagehide`: copies an unsaved change to synchronous storage at once, then starts the
   * IndexedDB write. The next start moves the copy into IndexedDB (through the loader, on open).
   */
  flushSync(): void {
    const pending = this.autosave?.pending();
    if (pending && this.options.lastChance) {
      // With its undo history if it fits, else the map alone: the work matters more than its undo.
      for (const copy of [pending, { ...pending, history: null }]) {
        try {
          this.options.lastChance.setItem(UNSAVED_KEY, JSON.stringify(copy));
          break;
        } catch {
          // Too large for localStorage, or storage is off: the IndexedDB write below is all there is.
        }
      }
    }
    void this.flush();
  }

  /** Moves a last-chance copy left by the previous page into the repository, if it is newer. */
  private async recoverLastChance(): Promise<void> {
    const storage = this.options.lastChance;
    const raw = storage?.getItem(UNSAVED_KEY);
    if (!storage || !raw || !this.repo) return;
    storage.removeItem(UNSAVED_KEY);
    let copy: { key?: unknown; deleted?: unknown; savedAt?: unknown; origin?: unknown; title?: unknown; map?: unknown; history?: unknown };
    try {
      copy = JSON.parse(raw) as typeof copy;
    } catch {
      return;
    }
    if (typeof copy.key !== 'string') return;
    // Checked against the map when it is opened (its head must be that map), like any stored history.
    const history = isSavedHistory(copy.history, copy.key) ? copy.history : null;
    const keepHistory = () => (history ? this.repo!.putHistory(history) : this.repo!.deleteHistory(copy.key as string));
    if (copy.deleted === true) {
      await this.repo.delete(copy.key);
      return void (await keepHistory());
    }
    const stored = await this.repo.get(copy.key);
    const savedAt = typeof copy.savedAt === 'number' ? copy.savedAt : 0;
    if (stored && stored.savedAt > savedAt) return;
    await keepHistory();
    // Stored as it came; opening it sends it through the loader like any other autosave.
    await this.repo.put({
      key: copy.key,
      origin: copy.origin === 'bundled' ? 'bundled' : 'local',
      title: typeof copy.title === 'string' ? copy.title : copy.key,
      savedAt,
      map: copy.map,
    });
  }

  dispose(): void {
    this.autosave?.detach();
  }

  /** Opens a map, with the undo history stored for it if that history leads to the map as opened. */
  private show(opened: OpenedMap, history?: SavedHistory): void {
    const state = this.store.getState();
    state.openDocument(opened);
    if (history) {
      const { doc, pristine } = this.store.getState();
      const restored = decodeHistory(history, doc, pristine);
      if (restored) this.store.temporal.setState(restored);
      // The map changed since (on disk, or its saved copy was set aside): its history would undo into another map.
      else void this.repo?.deleteHistory(opened.key).catch(() => undefined);
    }
    void this.repo?.setSetting(LAST_OPENED, opened.key).catch(() => undefined);
    this.publishCatalogue();
  }

  private async saveNow(key: string, map: ArgumentMap): Promise<void> {
    if (!this.repo) return;
    const summary = { key, origin: 'local' as const, title: map.title, savedAt: Date.now() };
    await this.repo.put({ ...summary, map });
    // A new map under this key starts with no history (a stale one would fail its check anyway).
    await this.repo.deleteHistory(key);
    this.saved.set(key, summary);
    this.publishCatalogue();
  }

  private freeKey(base: string): string {
    const taken = [...this.defaults.list().map((d) => ({ id: d.key })), ...[...this.saved.keys()].map((id) => ({ id }))];
    return slugId(base, taken, 'map');
  }

  private publishCatalogue(): void {
    const { mapKey, doc } = this.store.getState();
    const entries: CatalogueEntry[] = this.defaults.list().map((d) => ({
      key: d.key,
      title: d.key === mapKey ? doc.title : (this.saved.get(d.key)?.title ?? d.title),
      origin: 'bundled',
      edited: this.saved.has(d.key),
    }));
    for (const s of this.saved.values()) {
      if (s.origin === 'local') entries.push({ key: s.key, title: s.key === mapKey ? doc.title : s.title, origin: 'local', edited: true });
    }
    this.store.getState().setCatalogue(entries);
  }
}

function isSavedHistory(value: unknown, key: string): value is SavedHistory {
  const h = value as Partial<SavedHistory> | null;
  return !!h && typeof h === 'object' && h.key === key && typeof h.head === 'string' && Array.isArray(h.past) && Array.isArray(h.future);
}

/** A problem for a file the browser could not read at all (before the loader sees it). */
export function unreadableFile(reason: string): Problem {
  return problem('FILE_UNREADABLE', '$', `cannot read the file: ${reason}`);
}
