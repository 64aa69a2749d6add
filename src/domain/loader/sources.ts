import { problem, type Problem } from '../errors';
import { jsonPath } from '../jsonPath';
import type { ArgumentMap } from '../schema/map';
import type { Source } from '../schema/source';
import { textHash } from '../text/hash';
import { pagesProblem } from '../text/pages';
import { SourceText } from '../text/sourceText';
import { resolveSourcePath } from './sourcePath';

/** What a host (CLI, browser) answers when the loader asks for a source's text. */
export type SourceReadResult =
  | { readonly status: 'ok'; readonly text: string }
  | { readonly status: 'missing' }
  /** The host found that the file escapes the maps folder (e.g. through a symbolic link). */
  | { readonly status: 'outside' };

/**
 * Reads a source by its path relative to the map's folder, already normalised and checked.
 * A host that keeps large texts itself (the browser, in IndexedDB) also answers `byHash`
 * for sources marked `stored: "browser"`; the CLI has no such store.
 */
export interface SourceReader {
  (path: string): SourceReadResult;
  readonly byHash?: (hash: string) => SourceReadResult;
}

export interface ReadSources {
  /** The sources, with a stale hash recomputed. */
  readonly sources: Source[];
  readonly texts: Map<string, SourceText>;
  readonly sourceTexts: Record<string, string>;
  readonly problems: Problem[];
}

/**
 * Finds each source's text wherever it lives (inline, a file under the maps folder, or the
 * host's store by hash), checks it against its hash and its page boundaries against it.
 */
export function readSources(map: ArgumentMap, readSource: SourceReader): ReadSources {
  const problems: Problem[] = [];
  const texts = new Map<string, SourceText>();
  const sourceTexts: Record<string, string> = {};
  const sources = map.sources.map((s, i) => {
    const text = textOf(s, i, readSource, problems);
    let source = s;
    if (text !== undefined) {
      sourceTexts[s.id] = text;
      texts.set(s.id, new SourceText(text));
      if (s.hash !== undefined && s.stored === undefined) {
        const hash = textHash(text);
        if (hash !== s.hash) {
          problems.push(problem('SOURCE_HASH_UPDATED', jsonPath(['sources', i, 'hash']), `source "${s.id}": its text is not the one its hash was taken from (the text changed); the hash was recomputed`, { recordId: s.id }));
          source = { ...s, hash };
        }
      }
    }
    if (s.pages) {
      const wrong = pagesProblem(s.pages, texts.get(s.id)?.length);
      if (wrong) problems.push(problem('SOURCE_PAGES_INVALID', jsonPath(['sources', i, 'pages']), `source "${s.id}": ${wrong}`, { recordId: s.id }));
    }
    return source;
  });
  return { sources, texts, sourceTexts, problems };
}

function textOf(s: Source, i: number, readSource: SourceReader, problems: Problem[]): string | undefined {
  if (s.text !== undefined) return s.text;
  if (s.stored !== undefined) return storedText(s, i, readSource, problems);
  const at = jsonPath(['sources', i, 'file']);
  const resolved = resolveSourcePath(s.file!);
  if (!resolved.ok) {
    problems.push(problem('SOURCE_OUTSIDE_MAPS', at, `source "${s.id}" file ${JSON.stringify(s.file)} is refused: ${resolved.reason}`, { recordId: s.id }));
    return undefined;
  }
  const read = readSource(resolved.path);
  if (read.status === 'outside') {
    problems.push(problem('SOURCE_OUTSIDE_MAPS', at, `source "${s.id}" file ${JSON.stringify(s.file)} is refused: it resolves outside the maps folder`, { recordId: s.id }));
  } else if (read.status === 'missing') {
    problems.push(problem('SOURCE_NOT_FOUND', at, `source "${s.id}" file ${JSON.stringify(s.file)} does not exist`, { recordId: s.id }));
  } else return read.text;
  return undefined;
}

/** A text kept by the host under its hash; its absence is a warning, since the map itself is whole. */
function storedText(s: Source, i: number, readSource: SourceReader, problems: Problem[]): string | undefined {
  const hash = s.hash!;
  const read = readSource.byHash?.(hash);
  if (read?.status === 'ok' && textHash(read.text) === hash) return read.text;
  const why = !read || read.status !== 'ok'
    ? readSource.byHash ? 'this browser does not hold it' : 'only the browser that added it holds it'
    : 'the copy found under its hash does not match it';
  problems.push(
    problem(
      'SOURCE_TEXT_NOT_IN_FILE',
      jsonPath(['sources', i, 'stored']),
      `source "${s.id}": its text is not in the map file (stored: "browser", SHA-256 ${hash.slice(0, 12)}…) and ${why}; its passages were not checked. Export the map with its sources embedded to carry the text`,
      { recordId: s.id, detail: { hash } },
    ),
  );
  return undefined;
}
