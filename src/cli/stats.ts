import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { sourceCoverage } from '../domain/coverage';
import type { ArgumentMap } from '../domain/schema/map';
import { mapStats } from '../domain/stats';
import { parseArgs } from './args';
import { displayPath, findMapFiles, loadMapOrReport, UsageError, type CliIO } from './io';
import { ownValue } from '../domain/ownKey';

export const STATS_USAGE = `counterpoint stats <map | folder>
  Prints JSON: nodes by kind, edges by relation, positions, questions, references,
  sources, central claims, passages verified, and the share of each source's paragraphs
  the map cites. For a folder: the stats of every map in it, and the share of each
  source's paragraphs that all of them together cite.`;

export function runStats(argv: readonly string[], io: CliIO): number {
  const { positional } = parseArgs(argv, []);
  if (positional.length !== 1) throw new UsageError('stats takes exactly one map file or folder');
  const target = resolve(io.cwd, positional[0]!);
  const files = findMapFiles(target);
  const maps: { map: ArgumentMap; sourceTexts: Readonly<Record<string, string>> }[] = [];
  const stats: unknown[] = [];
  let failed = false;
  for (const file of files) {
    const result = loadMapOrReport(file, io);
    if (!result) {
      failed = true;
      continue;
    }
    maps.push(result);
    stats.push({ file: displayPath(io, file), ...mapStats(result.map, result.anchors, result.sourceTexts) });
  }
  if (failed) return 1;
  if (!existsSync(target) || !statSync(target).isDirectory()) {
    io.out(JSON.stringify(stats[0], null, 2));
    return 0;
  }
  io.out(JSON.stringify({ maps: stats, coverage: combinedCoverage(maps) }, null, 2));
  return 0;
}

/**
 * Coverage of each source across all maps. Sources are matched by file, since each map
 * names its sources with its own ids.
 */
function combinedCoverage(maps: readonly { map: ArgumentMap; sourceTexts: Readonly<Record<string, string>> }[]) {
  const cited = new Map<string, { paragraphs: number; numbers: Set<number> }>();
  for (const { map, sourceTexts } of maps) {
    for (const s of map.sources) {
      const text = ownValue(sourceTexts, s.id);
      if (text === undefined) continue;
      const key = s.file ?? `${map.id}#${s.id}`;
      const c = sourceCoverage([map], s.id, text);
      const entry = cited.get(key) ?? { paragraphs: c.paragraphs, numbers: new Set<number>() };
      c.cited.forEach((n) => entry.numbers.add(n));
      cited.set(key, entry);
    }
  }
  const out: Record<string, { paragraphs: number; cited: number; share: number }> = {};
  for (const [key, { paragraphs, numbers }] of cited) {
    out[key] = { paragraphs, cited: numbers.size, share: paragraphs ? Math.round((numbers.size / paragraphs) * 1000) / 1000 : 0 };
  }
  return out;
}
