import type { AnchorResolution } from '../anchoring/resolve';
import { hasErrors, problem, type Problem } from '../errors';
import { textLengthProblems } from '../limits';
import type { ArgumentMap } from '../schema/map';
import { checkAnchors, type SourceReader } from './anchors';
import { checkEnvelope } from './envelope';
import { checkIntegrity } from './integrity';
import { migrate, MIGRATIONS, type MigrationStep } from './migrations';
import { validateShape } from './shape';

export interface LoadOptions {
  /** Answers for the source files the map names; every host (CLI, browser, tests) supplies one. */
  readonly readSource: SourceReader;
  /** Migration steps; tests inject their own, everyone else uses the released ones. */
  readonly migrations?: Readonly<Record<number, MigrationStep>>;
}

export type LoadResult =
  | {
      readonly ok: true;
      /** The map with safe repairs applied (see the info and warning problems). */
      readonly map: ArgumentMap;
      readonly problems: readonly Problem[];
      /** The text of each source, by source id, for the reader and the exporters. */
      readonly sourceTexts: Readonly<Record<string, string>>;
      /** How each passage was anchored, by passage id. */
      readonly anchors: Readonly<Record<string, AnchorResolution>>;
    }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * The one way a map enters Counterpoint, whether from a file, the command line, an import
 * or the browser's autosave: parse, check the envelope, migrate, validate the shape,
 * check integrity, anchor passages. Errors refuse the map; nothing is half-read.
 */
export function loadMap(text: string, options: LoadOptions): LoadResult {
  const parsed = parseMapJson(text);
  return parsed.ok ? loadMapValue(parsed.value, options) : parsed;
}

/** The loader's first stage on its own: JSON text to a value, or a located JSON_INVALID. */
export function parseMapJson(text: string): { ok: true; value: unknown; problems: readonly Problem[] } | { ok: false; problems: readonly Problem[] } {
  try {
    return { ok: true, value: JSON.parse(stripBom(text)) as unknown, problems: [] };
  } catch (e) {
    return { ok: false, problems: [jsonProblem(text, e)] };
  }
}

/** As `loadMap`, for a value that is already parsed (an autosave record, an import's output). */
export function loadMapValue(value: unknown, options: LoadOptions): LoadResult {
  const envelope = checkEnvelope(value);
  if (!envelope.ok) return { ok: false, problems: envelope.problems };

  const tooLong = textLengthProblems(envelope.doc);
  if (tooLong.length > 0) return { ok: false, problems: tooLong };

  const problems: Problem[] = [];
  let doc = envelope.doc;
  const migrated = migrate(doc, envelope.version, undefined, options.migrations ?? MIGRATIONS);
  if (!migrated.ok) {
    return { ok: false, problems: [problem('MIGRATION_FAILED', '$.version', `the map could not be migrated from version ${migrated.failedAt}: ${migrated.reason}`)] };
  }
  if (migrated.applied.length > 0) {
    problems.push(problem('MIGRATED', '$.version', `the map was migrated from format version ${envelope.version}; saving it writes the current version`));
    doc = migrated.doc;
  }

  const shape = validateShape(doc);
  problems.push(...shape.problems);
  if (!shape.map) return { ok: false, problems };

  const integrity = checkIntegrity(shape.map);
  problems.push(...integrity.problems);

  // Anchors are checked even when integrity failed, so one run reports every problem.
  const anchored = checkAnchors(integrity.map, options.readSource);
  problems.push(...anchored.problems);
  if (hasErrors(problems)) return { ok: false, problems };

  return { ok: true, map: anchored.map, problems, sourceTexts: anchored.sourceTexts, anchors: anchored.anchors };
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Turns a JSON.parse failure into a located problem (line and column where V8 says). */
function jsonProblem(text: string, e: unknown): Problem {
  const raw = e instanceof Error ? e.message : String(e);
  if (text.trim() === '') return problem('JSON_INVALID', '$', 'the file is empty');
  const pos = /position (\d+)/.exec(raw);
  let where = '';
  if (pos) {
    const offset = Number(pos[1]);
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    where = ` at line ${line}, column ${column}`;
  } else if (/end of (JSON )?input/i.test(raw)) {
    where = ' at the end of the file (is it truncated?)';
  }
  return problem('JSON_INVALID', '$', `the file is not valid JSON${where}: ${raw}`);
}
