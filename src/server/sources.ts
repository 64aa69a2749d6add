import type { SourceReader, SourceReadResult } from '../domain/loader';

/**
 * A source reader that reads each file once: the server checks every update through the
 * loader, and the bundled texts do not change while it runs. The reader it wraps is the
 * host's (the command line's, which refuses whatever leaves `maps/`, links included).
 */
export function cachedSourceReader(read: SourceReader): SourceReader {
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
