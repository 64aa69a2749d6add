/**
 * Prints each committed default map's layout figures: nodes, passages, edges, total edge
 * length, the median, 95th-percentile and longest edge, edges longer than LONG_EDGE units,
 * pairs of nodes closer than MIN_GAP units, and the map's extent.
 *   npx tsx scripts/maps/layoutFigures.ts [--json] [maps/x.map.json ...]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../lib/corpus';
import type { ArgumentMap } from '../../src/domain/schema/map';
import { layoutFigures, LONG_EDGE, MIN_GAP } from './lib/edgeLength';

const args = process.argv.slice(2);
const json = args.includes('--json');
const paths = args.filter((a) => !a.startsWith('--'));
const files = paths.length ? paths : readdirSync(join(ROOT, 'maps')).filter((f) => f.endsWith('.map.json')).map((f) => join(ROOT, 'maps', f));
const rows = files.map((path) => {
  const map = JSON.parse(readFileSync(path, 'utf8')) as ArgumentMap;
  return { map: map.id, ...layoutFigures(map) };
});
if (json) console.log(JSON.stringify(rows, null, 2));
else {
  console.log(`| map | nodes | edges | total edge length | median | p95 | longest | edges > ${LONG_EDGE} | pairs < ${MIN_GAP} apart | extent |`);
  console.log('|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|');
  for (const r of rows) {
    const cells = [r.map, r.nodes, r.edges, r.totalLength, r.median, r.p95, r.longest, r.longEdges, r.crowded, `${r.width} × ${r.height}`];
    console.log(`| ${cells.join(' | ')} |`);
  }
}
