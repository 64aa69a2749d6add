import { join } from 'node:path';
import { fileSourceReader } from '../cli/io';
import type { SourceReader, SourceReadResult } from '../domain/loader';

/** The bundled maps folder: a room's sources resolve against it, as a shipped map's do. */
export const MAPS_DIR = join(import.meta.dirname, '..', '..', 'maps');

/**
 * Reads the sources a room's map names from `maps/` (never outside it: the same reader as
 * the command line, which follows links and refuses what leaves the folder), each file once:
 * the server checks every update through the loader, and the texts do not change while it runs.
 */
export function bundledSourceReader(mapsDir = MAPS_DIR): SourceReader {
  const read = fileSourceReader(join(mapsDir, 'room.map.json'));
  const cache = new Map<string, SourceReadResult>();
  return (path) => {
    let result = cache.get(path);
    if (!result) {
      result = read(path);
      cache.set(path, result);
    }
    return result;
  };
}
