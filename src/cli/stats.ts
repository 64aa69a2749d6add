import { formatProblemLine } from '../domain/errors';
import { mapStats } from '../domain/stats';
import { parseArgs } from './args';
import { displayPath, loadMapFile, UsageError, type CliIO } from './io';

export const STATS_USAGE = `counterpoint stats <map>
  Prints JSON: nodes by kind, edges by relation, positions, questions, references,
  sources, central claims, passages verified, and the share of each source's paragraphs cited.`;

export function runStats(argv: readonly string[], io: CliIO): number {
  const { positional } = parseArgs(argv, []);
  if (positional.length !== 1) throw new UsageError('stats takes exactly one map file');
  const file = positional[0]!;
  const result = loadMapFile(file);
  if (!result.ok) {
    for (const p of result.problems) if (p.severity !== 'info') io.err(formatProblemLine(displayPath(io, file), p));
    return 1;
  }
  io.out(JSON.stringify({ file: displayPath(io, file), ...mapStats(result.map, result.anchors, result.sourceTexts) }, null, 2));
  return 0;
}
