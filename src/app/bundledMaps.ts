import { loadMap, type LoadResult, type SourceReader } from '../domain/loader';

/**
 * The maps shipped under maps/, bundled at build time as raw text so they go through the
 * same loader as any file a user opens. They are the pristine defaults: never modified.
 */
const mapFiles = import.meta.glob<string>('/maps/*.map.json', { query: '?raw', import: 'default', eager: true });
const sourceFiles = import.meta.glob<string>('/maps/sources/**/*.txt', { query: '?raw', import: 'default', eager: true });

export interface BundledMap {
  /** File name under maps/, e.g. "getting-started.map.json". */
  readonly file: string;
  readonly text: string;
}

export const bundledReader: SourceReader = (path) => {
  const text = sourceFiles[`/maps/${path}`];
  return text === undefined ? { status: 'missing' } : { status: 'ok', text };
};

export const BUNDLED_MAPS: readonly BundledMap[] = Object.entries(mapFiles)
  .map(([path, text]) => ({ file: path.replace(/^\/maps\//, ''), text }))
  .sort((a, b) => a.file.localeCompare(b.file));

export function loadBundled(map: BundledMap): LoadResult {
  return loadMap(map.text, { readSource: bundledReader });
}
