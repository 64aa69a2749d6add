import { problem, type Problem } from '../domain/errors';
import type { LoadResult, SourceReader } from '../domain/loader';
import { emptyMap, type ArgumentMap } from '../domain/schema/map';
import { serializeMap } from '../domain/serialize';
import { prepareSourcesForExport, type SourceFileToWrite } from '../formats/counterpoint/sourcesForExport';
import { importMap } from '../formats/registry';
import { MapLibrary, type DefaultMaps } from './library/mapLibrary';
import { attachAutosave, type Autosave } from './persistence/autosave';
import { decodeHistory, type HistoryLimits, type SavedHistory } from './persistence/history';
import { LiveSession, type LiveSessionOptions } from './live/liveSession';
import { LastChance, type SyncStorage } from './persistence/lastChance';
import type { MapRepository, StoredVersion } from './persistence/repository';
import { describeStorageError } from './persistence/storageFaults';
import { VersionKeeper } from './persistence/versions';
import type { CounterpointStore, OpenedMap } from './types';

export type { DefaultMaps } from './library/mapLibrary';
export { UNSAVED_KEY } from './persistence/lastChance';

/** An earlier version as the Versions dialog lists it: read back through the loader, or unreadable with its problems. */
export type VersionEntry =
  | { readonly id: number; readonly takenAt: number; readonly ok: true; readonly map: ArgumentMap }
  | { readonly id: number; readonly takenAt: number; readonly ok: false; readonly problems: readonly Problem[] };

export type ImportOutcome =
  | { ok: true; key: string; replaced: boolean }
  | { ok: false; problems: readonly Problem[] };

const LAST_OPENED = 'lastOpened';

export interface SessionOptions {
  /** Synchronous storage (localStorage) for the last-chance copy of an unsaved change (see LastChance). */
  readonly lastChance?: SyncStorage;
  /** How much undo history is stored with each map (tests make it small). */
  readonly historyLimits?: HistoryLimits;
  /** How earlier versions are kept (tests shorten the interval and run writes at once). */
  readonly versions?: Omit<ConstructorParameters<typeof VersionKeeper>[1] & object, 'onError'>;
  /** Live maps (other tabs, rooms on a server): off unless given, so tests and the CLI stay alone. */
  readonly live?: Omit<LiveSessionOptions, 'readSource' | 'repo' | 'openMap'>;
}

/**
 * The open map: opening, creating, importing, resetting and exporting it, with its
 * autosave. The maps it opens come from the library, and every one goes through the
 * loader; a refusal shows its coded problems and leaves the open map exactly as it was.
 */
export class Session {
  readonly library: MapLibrary;
  private readonly autosave: Autosave | null;
  private readonly lastChance: LastChance;
  private readonly versions: VersionKeeper | null;
  /** The open map's life with others (tabs, a room), when the app turned it on. */
  readonly live: LiveSession | null;

  constructor(
    readonly store: CounterpointStore,
    private readonly repo: MapRepository | null,
    defaults: DefaultMaps,
    readSource: SourceReader,
    options: SessionOptions = {},
  ) {
    this.library = new MapLibrary(defaults, repo, readSource);
    this.lastChance = new LastChance(options.lastChance);
    const fault = (e: unknown) => store.getState().setSaveStatus('error', { error: describeStorageError(e) });
    this.versions = repo ? new VersionKeeper(repo, { ...options.versions, onError: fault }) : null;
    this.autosave = repo
      ? attachAutosave(store, repo, {
          historyLimits: options.historyLimits,
          onSaved: (s) => {
            if ('deleted' in s) this.library.noteDeleted(s.key);
            else this.library.noteSaved(s);
            const { mapKey, doc } = store.getState();
            if (!('deleted' in s) && s.key === mapKey) this.versions?.saved(mapKey, doc);
            this.publishCatalogue();
          },
        })
      : null;
    this.live = options.live ? new LiveSession(store, { ...options.live, readSource, repo, openMap: (key, loaded) => this.openShared(key, loaded) }) : null;
  }

  /** Opens the map named in the URL, else the one open last time, else the first default. */
  async start(preferred?: string | null): Promise<void> {
    await this.lastChance.recover(this.repo);
    await this.library.refresh();
    this.publishCatalogue();
    const last = (await this.repo?.getSetting<string>(LAST_OPENED)) ?? null;
    const candidates = [preferred, last, this.library.defaults.list()[0]?.key].filter((k): k is string => !!k && this.exists(k));
    if (preferred && !this.exists(preferred)) {
      this.store.getState().notify({ tone: 'error', text: `There is no map called "${preferred}"; the default map is open instead.` });
    }
    for (const key of candidates) if (await this.open(key)) return;
    const fresh = emptyMap('untitled', 'Untitled map');
    this.store.getState().openDocument({ key: 'untitled', origin: 'local', map: fresh, sourceTexts: {}, anchors: {}, problems: [] });
  }

  exists(key: string): boolean {
    return this.library.exists(key);
  }

  /** Opens a map by key: its autosave if there is one, else its default. False if it cannot be opened. */
  async open(key: string): Promise<boolean> {
    await this.flush();
    const [record, history] = await Promise.all([this.library.record(key), this.repo?.getHistory(key).catch(() => undefined)]);
    if (record) {
      const restored = await this.library.load(record.map);
      if (restored.ok) {
        // The default is read only for a bundled map: "Reset to default" and the history need it.
        const pristine = this.library.loadDefault(key);
        this.show({ key, origin: record.origin, ...restored, pristine: pristine?.ok ? pristine.map : null }, history);
        return true;
      }
      await this.repo!.quarantine(record, restored.problems);
      await this.repo!.delete(key);
      this.library.noteDeleted(key);
      this.publishCatalogue();
      const good = await this.lastGoodVersion(key);
      const fallback = good ? null : this.library.loadDefault(key);
      const instead = good ? `; the last good version (${new Date(good.takenAt).toLocaleString()}) is open instead` : fallback?.ok ? '; the default map is open instead' : '';
      this.store.getState().notify({
        tone: 'error',
        title: 'Saved changes could not be read',
        text: `The copy of "${record.title}" saved in this browser was refused by the loader and has been set aside (kept, not deleted)${instead}.`,
        problems: restored.problems,
      });
      if (good) {
        const pristine = this.library.loadDefault(key);
        // Saved again at once, so the map (a local one exists only saved) is still there after a
        // reload; a default is not stored when the version is the default itself.
        if (!pristine?.ok || serializeMap(pristine.map) !== serializeMap(good.map)) {
          await this.repo!.put({ key, origin: record.origin, title: good.map.title, savedAt: Date.now(), map: good.map });
          this.library.noteSaved({ key, origin: record.origin, title: good.map.title, savedAt: Date.now() });
        }
        this.show({ key, origin: record.origin, ...good.loaded, pristine: pristine?.ok ? pristine.map : null });
        return true;
      }
    }
    const pristine = this.library.loadDefault(key);
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
    const key = this.library.freeKey('untitled');
    await this.flush();
    const map = emptyMap(key, title);
    // Stored before it is shown, so a reload right away (the URL already names it) finds it.
    await this.saveNow(key, map);
    this.show({ key, origin: 'local', map, sourceTexts: {}, anchors: {}, problems: [] });
    return key;
  }

  /**
   * Imports a file in any format the importer registry knows (a Counterpoint map, Argdown,
   * AIF…), told by its name or its content, through the one loader. A refused file changes
   * nothing and returns its problems. A map whose id is the open map's replaces it in one
   * undoable step; an id used by another map is given a fresh one, so an import never
   * overwrites anything silently.
   */
  async importText(text: string, fileName?: string, from?: string): Promise<ImportOutcome> {
    await this.library.storedTexts.fetchFor(parsedOrNull(text));
    const result = await importMap(text, { ...(fileName ? { fileName } : {}), ...(from ? { from } : {}) }, { readSource: this.library.readSource });
    const what = fileName ?? 'the pasted text';
    if (!result.ok) {
      this.store.getState().notify({ tone: 'error', title: `${what} could not be imported`, text: 'The open map was not changed.', problems: result.problems });
      return { ok: false, problems: result.problems };
    }
    const state = this.store.getState();
    if (result.map.id === state.mapKey) {
      state.replaceMap(result.map, result);
      state.notify({ tone: 'info', text: `Imported ${what} over the open map (undo restores it).` });
      return { ok: true, key: state.mapKey, replaced: true };
    }
    const key = this.exists(result.map.id) ? this.library.freeKey(result.map.id) : result.map.id;
    const map: ArgumentMap = { ...result.map, id: key };
    await this.flush();
    await this.saveNow(key, map);
    this.show({ key, origin: 'local', map, sourceTexts: result.sourceTexts, anchors: result.anchors, problems: result.problems });
    state.notify({ tone: 'info', text: key === result.map.id ? `Imported ${what}.` : `Imported ${what} as "${key}" (the id "${result.map.id}" was taken).` });
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

  /**
   * The open map as a `.map.json` file that `counterpoint validate` accepts and that stands
   * alone: a text kept only in this browser (`stored`) is embedded; inline texts stay inline
   * and a source read from a file under maps/ keeps naming it. `problems` warns of a text
   * this browser does not have (the map then names it by hash only).
   */
  exportFile(): { fileName: string; text: string; problems: readonly Problem[] } {
    const { doc, mapKey, sourceTexts } = this.store.getState();
    const stored = new Set(doc.sources.filter((s) => s.stored).map((s) => s.id));
    if (stored.size === 0) return { fileName: `${mapKey}.map.json`, text: serializeMap(doc), problems: [] };
    const embedded = prepareSourcesForExport(doc, sourceTexts, 'embed');
    const sources = doc.sources.map((s, i) => (stored.has(s.id) ? embedded.map.sources[i]! : s));
    return { fileName: `${mapKey}.map.json`, text: serializeMap({ ...doc, sources }), problems: embedded.problems.filter((p) => p.recordId !== undefined && stored.has(p.recordId)) };
  }

  /**
   * The open map for a maps folder: the map file, naming each source's text as a file under
   * `sources/`, and those files (paths relative to the map's folder).
   */
  exportFolder(): { fileName: string; files: readonly SourceFileToWrite[]; problems: readonly Problem[] } {
    const { doc, mapKey, sourceTexts } = this.store.getState();
    const prepared = prepareSourcesForExport(doc, sourceTexts, 'files');
    const fileName = `${mapKey}.map.json`;
    return { fileName, files: [{ path: fileName, text: serializeMap(prepared.map) }, ...prepared.files], problems: prepared.problems };
  }

  /** Keeps a source's text in this browser by its hash (before a source naming it is added); false when it cannot. */
  async keepSourceText(hash: string, text: string): Promise<boolean> {
    if (!this.library.storedTexts.canStore) return false;
    try {
      await this.library.storedTexts.keep(hash, text);
      return true;
    } catch (e) {
      // A full disk is said in the storage banner, as for the map itself.
      this.store.getState().setSaveStatus('error', { error: describeStorageError(e) });
      return false;
    }
  }

  /**
   * Opens a shared map (a room's, read through the loader from its document) under its own
   * key, saved in this browser first so it is there offline and after a reload.
   */
  async openShared(key: string, loaded: LoadResult & { ok: true }): Promise<void> {
    const map: ArgumentMap = { ...loaded.map, id: key };
    await this.flush();
    await this.saveNow(key, map);
    this.show({ key, origin: 'local', map, sourceTexts: loaded.sourceTexts, anchors: loaded.anchors, problems: loaded.problems });
  }

  /** Whether earlier versions can be kept at all (false without IndexedDB). */
  get canKeepVersions(): boolean {
    return this.versions !== null;
  }

  /** The open map's earlier versions, newest first, each read back through the loader. */
  async listVersions(): Promise<VersionEntry[]> {
    if (!this.versions) return [];
    const stored = await this.versions.list(this.store.getState().mapKey);
    return Promise.all(stored.map((v) => this.readVersion(v)));
  }

  /**
   * Puts an earlier version in place of the open map, as one undoable step (undo brings the
   * map back as it was before). False when the version is gone or unreadable.
   */
  async restoreVersion(id: number): Promise<boolean> {
    const entry = (await this.listVersions()).find((v) => v.id === id);
    if (!entry?.ok) return false;
    const state = this.store.getState();
    const loaded = await this.library.load(entry.map);
    if (!loaded.ok) return false;
    state.replaceMap({ ...loaded.map, id: state.doc.id }, { ...loaded, sourceTexts: { ...state.sourceTexts, ...loaded.sourceTexts }, anchors: { ...state.anchors, ...loaded.anchors } });
    state.notify({ tone: 'info', text: `Restored the version of ${new Date(entry.takenAt).toLocaleString()} (undo brings back the map as it was).` });
    return true;
  }

  /** Resolves once the versions asked for are written (tests). */
  versionsSettled(): Promise<unknown> {
    return this.versions?.settled() ?? Promise.resolve();
  }

  private async readVersion(v: StoredVersion): Promise<VersionEntry> {
    const loaded = await this.library.load(v.map);
    return loaded.ok ? { id: v.id, takenAt: v.takenAt, ok: true, map: loaded.map } : { id: v.id, takenAt: v.takenAt, ok: false, problems: loaded.problems };
  }

  private async lastGoodVersion(key: string) {
    const stored = await this.versions?.list(key).catch(() => []);
    for (const v of stored ?? []) {
      const loaded = await this.library.load(v.map);
      if (loaded.ok) return { takenAt: v.takenAt, map: loaded.map, loaded };
    }
    return null;
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
    if (pending) this.lastChance.keep(pending);
    void this.flush();
  }

  dispose(): void {
    this.live?.dispose();
    this.autosave?.detach();
  }

  /** Opens a map, with the undo history stored for it if that history leads to the map as opened. */
  private show(opened: OpenedMap, history?: SavedHistory): void {
    const state = this.store.getState();
    state.openDocument(opened);
    this.versions?.opened(opened.key, opened.map);
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
    this.library.noteSaved(summary);
    this.publishCatalogue();
  }

  private publishCatalogue(): void {
    const { mapKey, doc } = this.store.getState();
    this.store.getState().setCatalogue(this.library.catalogue({ key: mapKey, title: doc.title }));
  }
}

/** A file's JSON value, if it is JSON (an exported map naming texts kept in this browser); else null. */
function parsedOrNull(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** A problem for a file the browser could not read at all (before the loader sees it). */
export function unreadableFile(reason: string): Problem {
  return problem('FILE_UNREADABLE', '$', `cannot read the file: ${reason}`);
}
