import { loadMap, type LoadResult, type SourceReader } from '../domain/loader';
import { SourceSchema, type Source } from '../domain/schema/source';
import type { DefaultMaps } from '../store';

/**
 * The maps shipped under maps/, bundled at build time as raw text so they go through the
 * same loader as any file a user opens. They are the pristine defaults: never modified.
 */
const mapFiles = import.meta.glob<string>('/maps/*.map.json', { query: '?raw', import: 'default', eager: true });
const sourceFiles = import.meta.glob<string>('/maps/sources/**/*.txt', { query: '?raw', import: 'default', eager: true });

export interface BundledMap {
  /** File name under maps/, e.g. "getting-started.map.json". */
  readonly file: string;
  /** The file name without ".map.json": the map's key in the app and in URLs. */
  readonly key: string;
  readonly title: string;
  readonly text: string;
}

/** Reads the bundled source files, as a map under maps/ names them (e.g. "sources/rrs.txt"). */
export const bundledReader: SourceReader = (path) => {
  const text = sourceFiles[`/maps/${path}`];
  return text === undefined ? { status: 'missing' } : { status: 'ok', text };
};

export const BUNDLED_MAPS: readonly BundledMap[] = Object.entries(mapFiles)
  .map(([path, text]) => {
    const file = path.replace(/^\/maps\//, '');
    const key = file.replace(/\.map\.json$/, '');
    return { file, key, title: titleOf(text) ?? key, text };
  })
  // The getting-started map comes first: it is the one a new user should see.
  .sort((a, b) => Number(b.key === 'getting-started') - Number(a.key === 'getting-started') || a.title.localeCompare(b.title));

export function loadBundled(map: BundledMap): LoadResult {
  return loadMap(map.text, { readSource: bundledReader });
}

/** The bundled maps as the session sees them; each is loaded (and anchored) only when opened. */
export const DEFAULT_MAPS: DefaultMaps = {
  list: () => BUNDLED_MAPS,
  load(key) {
    const entry = BUNDLED_MAPS.find((m) => m.key === key);
    return entry ? loadBundled(entry) : undefined;
  },
  sources: () => bundledSources(),
};

function titleOf(text: string): string | undefined {
  try {
    const title = (JSON.parse(text) as { title?: unknown }).title;
    return typeof title === 'string' ? title : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The source texts shipped under maps/sources, as the default maps describe them, so a new
 * map can quote them too. Each is offered once, with the first description found.
 */
export function bundledSources(): { readonly source: Source; readonly text: string }[] {
  const seen = new Map<string, { source: Source; text: string }>();
  for (const m of BUNDLED_MAPS) {
    let sources: unknown;
    try {
      sources = (JSON.parse(m.text) as { sources?: unknown }).sources;
    } catch {
      continue;
    }
    if (!Array.isArray(sources)) continue;
    for (const raw of sources) {
      const parsed = SourceSchema.safeParse(raw);
      if (!parsed.success || !parsed.data.file || seen.has(parsed.data.file)) continue;
      const read = bundledReader(parsed.data.file);
      if (read.status === 'ok') seen.set(parsed.data.file, { source: parsed.data, text: read.text });
    }
  }
  return [...seen.values()];
}
