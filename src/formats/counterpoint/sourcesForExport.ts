import { problem, type Problem } from '../../domain/errors';
import { jsonPath } from '../../domain/jsonPath';
import { resolveSourcePath } from '../../domain/loader/sourcePath';
import type { ArgumentMap } from '../../domain/schema/map';
import type { Source } from '../../domain/schema/source';
import { textHash } from '../../domain/text/hash';
import { ownValue } from '../../domain/ownKey';

/** Where an exported map keeps its sources' texts: inside the map file, or as files beside it. */
export type SourcePlacement = 'embed' | 'files';

/** A source text to write beside the exported map, at `path` relative to the map's folder. */
export interface SourceFileToWrite {
  readonly path: string;
  readonly text: string;
}

export interface PreparedExport {
  readonly map: ArgumentMap;
  /** For `files`: the texts to write (nothing for `embed`). */
  readonly files: readonly SourceFileToWrite[];
  /** A source whose text is not at hand (kept in another browser) stays as it was, with a warning. */
  readonly problems: readonly Problem[];
}

/** The folder under the maps folder where source files go, as the maps shipped under maps/ keep them. */
export const SOURCES_FOLDER = 'sources';

/**
 * Prepares a map for export with every source's text where the user chose: `embed` puts
 * each text in the map (`text`), so one file carries everything; `files` names a file
 * under `sources/` (a safe name made from the source's id, or the file it already had)
 * and returns the texts to write there. Either way the text is no longer only in this
 * browser (`stored` goes), and its hash is recomputed. Pure: writes nothing.
 */
export function prepareSourcesForExport(map: ArgumentMap, sourceTexts: Readonly<Record<string, string>>, placement: SourcePlacement): PreparedExport {
  const problems: Problem[] = [];
  const files: SourceFileToWrite[] = [];
  const taken = new Set(map.sources.flatMap((s) => (s.file && resolveSourcePath(s.file).ok ? [s.file.toLowerCase()] : [])));
  const sources = map.sources.map((s, i): Source => {
    const text = ownValue(sourceTexts, s.id) ?? s.text;
    if (text === undefined) {
      problems.push(problem('SOURCE_TEXT_NOT_IN_FILE', jsonPath(['sources', i]), `source "${s.id}": its text is not at hand, so the exported map names it by hash only and its passages cannot be checked elsewhere`, { recordId: s.id }));
      return s;
    }
    const { file: _file, text: _text, stored: _stored, ...rest } = s;
    const base = { ...rest, hash: textHash(text) };
    if (placement === 'embed') return { ...base, text };
    const kept = s.file !== undefined && resolveSourcePath(s.file);
    const path = kept && kept.ok ? kept.path : freeName(s.id, taken);
    files.push({ path, text });
    return { ...base, file: path };
  });
  return { map: { ...map, sources }, files, problems };
}

/** A file name under sources/ from a source id: only letters, digits, `-`, `_` and inner dots; unique ignoring case. */
export function freeName(id: string, taken: Set<string>): string {
  const stem = id.replace(/[^A-Za-z0-9_.-]/g, '-').replace(/\.{2,}/g, '.').replace(/^[.-]+|[.]+$/g, '').slice(0, 100) || 'source';
  for (let n = 1; ; n++) {
    const path = `${SOURCES_FOLDER}/${n === 1 ? stem : `${stem}-${n}`}.txt`;
    if (!taken.has(path.toLowerCase())) {
      taken.add(path.toLowerCase());
      return path;
    }
  }
}
