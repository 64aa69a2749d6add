import type { LoadResult, SourceReader } from '../../domain/loader';
import { loadMapValue } from '../../domain/loader';
import type { CoverageMap } from '../../domain/reader/mapsCoverage';
import type { Source } from '../../domain/schema/source';
import { slugId } from '../document/records';
import type { MapRepository, SavedMap, SavedMapSummary } from '../persistence/repository';
import type { CatalogueEntry } from '../types';
import { StoredTexts } from './storedTexts';

/** The pristine default maps (maps/*.map.json in the app), read through the loader on demand. */
export interface DefaultMaps {
  list(): readonly { key: string; title: string }[];
  load(key: string): LoadResult | undefined;
  /** The source texts the defaults ship (maps/sources), offered to any map. */
  sources?(): readonly { readonly source: Source; readonly text: string }[];
}

/** Yields to the browser between maps, so reading a dozen of them never holds up a frame for long. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Every map this browser knows: the bundled defaults and the maps saved here (edited
 * defaults, maps made or imported here). It reads them, always through the loader, for
 * the session that opens them and for views that look across maps (the reader's
 * coverage of all maps). A default is loaded once, when first needed, and kept.
 */
export class MapLibrary {
  private readonly saved = new Map<string, SavedMapSummary>();
  private readonly pristine = new Map<string, LoadResult | undefined>();
  /** Source texts kept in this browser by hash, which saved maps may name. */
  readonly storedTexts: StoredTexts;
  /** The host's reader of source files, which also answers for the texts kept here by hash. */
  readonly readSource: SourceReader;

  constructor(
    readonly defaults: DefaultMaps,
    readonly repo: MapRepository | null,
    files: SourceReader,
  ) {
    this.storedTexts = new StoredTexts(repo);
    this.readSource = this.storedTexts.reader(files);
  }

  /** Loads a map value (a saved record's, an import's) once the texts it keeps in this browser are at hand. */
  async load(value: unknown): Promise<LoadResult> {
    await this.storedTexts.fetchFor(value);
    return loadMapValue(value, { readSource: this.readSource });
  }

  /** Reads the list of saved maps. */
  async refresh(): Promise<void> {
    if (!this.repo) return;
    this.saved.clear();
    for (const s of await this.repo.list()) this.saved.set(s.key, s);
  }

  isDefault(key: string): boolean {
    return this.defaults.list().some((d) => d.key === key);
  }

  exists(key: string): boolean {
    return this.saved.has(key) || this.isDefault(key);
  }

  savedSummary(key: string): SavedMapSummary | undefined {
    return this.saved.get(key);
  }

  noteSaved(summary: SavedMapSummary): void {
    this.saved.set(summary.key, summary);
  }

  noteDeleted(key: string): void {
    this.saved.delete(key);
  }

  /** A default as shipped, through the loader; undefined for a key that is not a default. */
  loadDefault(key: string): LoadResult | undefined {
    if (!this.pristine.has(key)) this.pristine.set(key, this.isDefault(key) ? this.defaults.load(key) : undefined);
    return this.pristine.get(key);
  }

  /** The saved record of a map, if there is one (unread: the session sends it through the loader). */
  async record(key: string): Promise<SavedMap | undefined> {
    return this.repo?.get(key);
  }

  /** A key no map uses yet, made from `base`. */
  freeKey(base: string): string {
    const taken = [...this.defaults.list().map((d) => ({ id: d.key })), ...[...this.saved.keys()].map((id) => ({ id }))];
    return slugId(base, taken, 'map');
  }

  /** What the map picker lists; the open map shows its live title. */
  catalogue(open?: { key: string; title: string }): CatalogueEntry[] {
    const titleOf = (key: string, fallback: string) => (key === open?.key ? open.title : fallback);
    const entries: CatalogueEntry[] = this.defaults.list().map((d) => ({
      key: d.key,
      title: titleOf(d.key, this.saved.get(d.key)?.title ?? d.title),
      origin: 'bundled',
      edited: this.saved.has(d.key),
    }));
    for (const s of this.saved.values()) {
      if (s.origin === 'local') entries.push({ key: s.key, title: titleOf(s.key, s.title), origin: 'local', edited: true });
    }
    return entries;
  }

  /** The source texts the defaults ship, offered to maps that do not quote them yet. */
  bundledSources(): readonly { readonly source: Source; readonly text: string }[] {
    return this.defaults.sources?.() ?? [];
  }

  /**
   * The maps other than the open one, as they stand in this browser: each default as
   * shipped or, when edited here, as saved; and every map made here. One the loader
   * refuses is left out.
   */
  async otherMaps(catalogue: readonly CatalogueEntry[], openKey: string): Promise<CoverageMap[]> {
    const out: CoverageMap[] = [];
    for (const entry of catalogue) {
      if (entry.key === openKey) continue;
      await pause();
      const loaded = entry.edited ? await this.loadSaved(entry.key).catch(() => undefined) : undefined;
      const result = loaded ?? (entry.origin === 'bundled' ? this.loadDefault(entry.key) : undefined);
      if (result?.ok) out.push({ key: entry.key, title: entry.title, map: result.map, sourceTexts: result.sourceTexts });
    }
    return out;
  }

  private async loadSaved(key: string): Promise<LoadResult | undefined> {
    const record = await this.record(key);
    return record ? this.load(record.map) : undefined;
  }
}
