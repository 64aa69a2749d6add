/**
 * Builds the default maps under maps/ from the checked corpus (data/corpus/) and the source
 * text, and writes their figures into the README's "Default maps" table.
 *   npm run maps            writes the maps and the table
 *   npm run maps -- --check only compares, and exits 1 if anything committed differs
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../lib/corpus';
import { buildDefaultMaps, mapsTable, withMapsTable } from './defaultMaps';
import { SOURCE_FILE } from './lib/passages';

const check = process.argv.includes('--check');
const sourceText = readFileSync(join(ROOT, 'maps', SOURCE_FILE), 'utf8');
const built = buildDefaultMaps();
const outputs = built.map((m) => ({ path: join(ROOT, 'maps', m.file), text: m.text }));
const table = mapsTable(built, sourceText);
const readmePath = join(ROOT, 'README.md');
outputs.push({ path: readmePath, text: withMapsTable(readFileSync(readmePath, 'utf8'), table) });

let stale = 0;
for (const { path, text } of outputs) {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
  if (current === text) continue;
  stale++;
  if (check) console.error(`${path.slice(ROOT.length + 1)} differs from what the map specs build`);
  else {
    writeFileSync(path, text);
    console.log(`wrote ${path.slice(ROOT.length + 1)}`);
  }
}
if (check && stale > 0) process.exit(1);
console.log(check ? 'the default maps and README table are up to date' : `${built.length} maps built, ${stale} files changed`);
