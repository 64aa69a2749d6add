import { memoryReader } from './sampleMap';

/** The maps shipped under maps/ as text, with their source folder, for tests that start from real maps. */
const mapFiles = import.meta.glob<string>('/maps/*.map.json', { query: '?raw', import: 'default', eager: true });
const sourceFiles = import.meta.glob<string>('/maps/sources/**/*.txt', { query: '?raw', import: 'default', eager: true });

export const SHIPPED_MAPS: readonly { readonly file: string; readonly text: string }[] = Object.entries(mapFiles)
  .map(([path, text]) => ({ file: path.replace(/^\/maps\//, ''), text }))
  .sort((a, b) => a.file.localeCompare(b.file));

/** Reads the shipped source files as a map under maps/ names them ("sources/rrs.txt"). */
export const shippedReader = memoryReader(Object.fromEntries(Object.entries(sourceFiles).map(([path, text]) => [path.replace(/^\/maps\//, ''), text])));
