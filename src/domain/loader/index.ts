export { loadMap, loadMapValue, parseMapJson, type LoadOptions, type LoadResult } from './load';
export type { SourceReader, SourceReadResult } from './sources';
export { resolveSourcePath } from './sourcePath';
export { migrate, MIGRATIONS, type MigrationStep } from './migrations';
