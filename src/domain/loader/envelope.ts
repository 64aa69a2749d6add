import { problem, type Problem } from '../errors';
import { CURRENT_VERSION, MAP_FORMAT } from '../schema/map';

export type EnvelopeResult =
  | { ok: true; doc: Record<string, unknown>; version: number }
  | { ok: false; problems: Problem[] };

/** Checks that a parsed value is a Counterpoint map of a version this code can read. */
export function checkEnvelope(value: unknown): EnvelopeResult {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    const found = Array.isArray(value) ? 'an array' : value === null ? 'null' : `a ${typeof value}`;
    return { ok: false, problems: [problem('ENVELOPE_INVALID', '$', `expected a map object, found ${found}`)] };
  }
  const doc = value as Record<string, unknown>;
  const problems: Problem[] = [];
  if (doc.format !== MAP_FORMAT) {
    problems.push(
      problem(
        'ENVELOPE_INVALID',
        '$.format',
        doc.format === undefined
          ? `missing "format": a map file declares "format": "${MAP_FORMAT}"`
          : `"format" is ${JSON.stringify(doc.format)}, expected "${MAP_FORMAT}"`,
      ),
    );
  }
  const version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    problems.push(
      problem('ENVELOPE_INVALID', '$.version', `"version" must be a whole number from 1, found ${JSON.stringify(version) ?? 'nothing'}`),
    );
  } else if (version > CURRENT_VERSION) {
    problems.push(
      problem(
        'VERSION_TOO_NEW',
        '$.version',
        `this map is format version ${version}, but this Counterpoint reads versions up to ${CURRENT_VERSION}; update Counterpoint to open it (the file was not read)`,
      ),
    );
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, doc, version: version as number };
}
