import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatProblemLine, type Problem } from '../domain/errors';
import { parseArgs } from './args';
import { displayPath, findMapFiles, loadMapFile, type CliIO } from './io';

export const VALIDATE_USAGE = `counterpoint validate [paths...] [--verbose] [--strict] [--json]
  Checks map files (default: every *.map.json under maps/): schema, ids, dangling edges,
  and every quote against its source. One line per problem on stderr:
    <file>: <json path>: <CODE>: <message>
  and one summary line per file on stdout.
  --verbose  also list information (re-anchored passages, filled-in context)
  --strict   treat warnings (e.g. passages that need review) as failures
  --json     print the results as JSON on stdout instead
  Exit 0 when every map is valid, 1 when any is not, 2 on wrong usage.`;

export function runValidate(argv: readonly string[], io: CliIO): number {
  const { positional, flags } = parseArgs(argv, [], ['verbose', 'strict', 'json']);
  const targets = positional.length > 0 ? positional : [defaultMapsFolder(io)];
  const files = targets.flatMap((t) => findMapFiles(resolve(io.cwd, t)));
  if (files.length === 0) {
    io.err(`counterpoint validate: no *.map.json files in ${targets.join(', ')}`);
    return 1;
  }
  let failed = false;
  const report: { file: string; ok: boolean; problems: readonly Problem[] }[] = [];
  for (const file of files) {
    const name = displayPath(io, file);
    const result = loadMapFile(file);
    const bad = !result.ok || (flags.strict === true && result.problems.some((p) => p.severity === 'warning'));
    failed ||= bad;
    report.push({ file: name, ok: !bad, problems: result.problems });
    if (flags.json) continue;
    for (const p of result.problems) {
      if (p.severity !== 'info' || flags.verbose) io.err(formatProblemLine(name, p));
    }
    io.out(summaryLine(name, result.ok, result.problems));
  }
  if (flags.json) io.out(JSON.stringify(report, null, 2));
  return failed ? 1 : 0;
}

function summaryLine(name: string, ok: boolean, problems: readonly Problem[]): string {
  const count = (s: Problem['severity']) => problems.filter((p) => p.severity === s);
  const errors = count('error');
  const warnings = count('warning');
  const infos = count('info');
  const ids = (list: Problem[]) => {
    const named = [...new Set(list.map((p) => (p.recordId ? `${p.code} ${p.recordId}` : p.code)))];
    return named.length > 6 ? `${named.slice(0, 6).join(', ')}, …` : named.join(', ');
  };
  const parts: string[] = [];
  if (errors.length) parts.push(`${plural(errors.length, 'error')} (${ids(errors)})`);
  const review = warnings.filter((p) => p.code === 'QUOTE_NEEDS_REVIEW');
  if (review.length) parts.push(`${plural(review.length, 'passage')} needs review (${review.map((p) => p.recordId).join(', ')})`);
  const otherWarnings = warnings.filter((p) => p.code !== 'QUOTE_NEEDS_REVIEW');
  if (otherWarnings.length) parts.push(`${plural(otherWarnings.length, 'warning')} (${ids(otherWarnings)})`);
  const moved = infos.filter((p) => p.code === 'QUOTE_REANCHORED').length;
  if (moved) parts.push(`${plural(moved, 'passage')} re-anchored`);
  return `${name}: ${ok ? 'valid' : 'INVALID'}${parts.length ? `: ${parts.join('; ')}` : ''}`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function defaultMapsFolder(io: CliIO): string {
  const local = resolve(io.cwd, 'maps');
  if (existsSync(local)) return local;
  return resolve(import.meta.dirname, '../../maps');
}
