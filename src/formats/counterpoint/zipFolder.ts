import { strToU8, zipSync } from 'fflate';

/** A text file for a folder, at a path relative to the folder (`sources/rrs.txt`). */
export interface FolderFile {
  readonly path: string;
  readonly text: string;
}

/**
 * A .zip of text files, UTF-8, under their relative paths: unzipped into `maps/`, a map and
 * its `sources/` land where `counterpoint validate` finds them. Paths are written as given
 * (the caller's are already safe: prepareSourcesForExport names them).
 */
export function zipFolder(files: readonly FolderFile[]): Uint8Array {
  const entries: Record<string, Uint8Array> = {};
  for (const f of files) entries[f.path] = strToU8(f.text);
  // A fixed time stamp: the same map zips to the same bytes.
  return zipSync(entries, { level: 6, mtime: new Date(2000, 0, 1) });
}
