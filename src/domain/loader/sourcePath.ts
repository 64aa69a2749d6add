export type SourcePathResult = { ok: true; path: string } | { ok: false; reason: string };

/**
 * Normalises a source's `file` against the folder of its map file, refusing anything that
 * could leave that folder: absolute paths, drive letters, backslashes, URLs and `..`
 * segments that climb above it. Pure string work, so the browser and the CLI agree.
 */
export function resolveSourcePath(file: string): SourcePathResult {
  if (file.includes('\0')) return { ok: false, reason: 'the path contains a NUL character' };
  if (file.includes('\\')) return { ok: false, reason: 'the path contains a backslash; use / between folders' };
  if (file.startsWith('/')) return { ok: false, reason: 'the path is absolute' };
  if (/^[A-Za-z][A-Za-z0-9+.-]*:/.test(file)) return { ok: false, reason: 'the path names a drive or a URL scheme' };
  const parts: string[] = [];
  for (const seg of file.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (parts.length === 0) return { ok: false, reason: 'the path climbs out of the maps folder with ..' };
      parts.pop();
    } else parts.push(seg);
  }
  if (parts.length === 0) return { ok: false, reason: 'the path names no file' };
  return { ok: true, path: parts.join('/') };
}
