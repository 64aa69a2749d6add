import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { compareMap, selectionSizeProblems, type Comparison } from '../domain/compare';
import { formatProblemLine } from '../domain/errors';
import { comparisonToCsv, comparisonToJson, comparisonToMarkdown } from '../formats/compare';
import { parseArgs } from './args';
import { displayPath, loadMapOrReport, UsageError, type CliIO } from './io';

export const COMPARE_USAGE = `counterpoint compare <map> --positions <id,id,...> [--format md|json|csv] [-o file]
  Sets 2 to 5 of a map's positions side by side: a row per question, a column per position
  (its claims, strongest passage, objections and works by stance), and for each question
  whether they agree, disagree or do not engage, with an overall line.
  --positions  position ids, comma-separated, in column order
  --format     md: a Markdown table (default); json: questions, cells and agreement; csv
  -o file      write to a file instead of stdout
  Exit 0 on success, 1 on an invalid map or an unknown position, 2 on wrong usage.`;

const RENDERERS: Record<string, (c: Comparison) => string> = {
  md: comparisonToMarkdown,
  json: (c) => `${JSON.stringify(comparisonToJson(c), null, 2)}\n`,
  csv: comparisonToCsv,
};

export function runCompare(argv: readonly string[], io: CliIO): number {
  const { positional, flags } = parseArgs(argv, ['positions', 'format', 'output']);
  if (positional.length !== 1) throw new UsageError('compare takes exactly one map file');
  if (typeof flags.positions !== 'string') throw new UsageError('--positions is required: the ids of 2 to 5 positions, comma-separated');
  const ids = flags.positions.split(',').map((id) => id.trim()).filter((id) => id.length > 0);
  const selection = selectionSizeProblems(ids);
  if (selection.length > 0) throw new UsageError(selection.map((p) => p.message).join('; '));
  const format = typeof flags.format === 'string' ? flags.format : 'md';
  const render = Object.hasOwn(RENDERERS, format) ? RENDERERS[format]! : undefined;
  if (!render) throw new UsageError(`--format must be one of ${Object.keys(RENDERERS).join(', ')}, not "${format}"`);

  const file = positional[0]!;
  const name = displayPath(io, file);
  const loaded = loadMapOrReport(file, io);
  if (!loaded) return 1;
  const result = compareMap(loaded.map, ids, { anchors: loaded.anchors });
  if (!result.ok) {
    for (const p of result.problems) io.err(formatProblemLine(name, p));
    return 1;
  }
  const text = render(result.comparison);
  if (typeof flags.output !== 'string') {
    // io.out ends the line itself; the exact bytes (CRLF records in CSV) go to a file with -o.
    io.out(text.replace(/\r?\n$/, ''));
    return 0;
  }
  try {
    writeFileSync(resolve(io.cwd, flags.output), text, 'utf8');
  } catch (e) {
    io.err(`counterpoint compare: cannot write ${flags.output}: ${(e as Error).message}`);
    return 1;
  }
  return 0;
}
