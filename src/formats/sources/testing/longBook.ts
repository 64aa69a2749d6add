import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setLines } from './book';
import { makePdf, typeset } from './makePdf';

/**
 * A book-length PDF for tests and benchmarks: the corpus text's paragraphs, hyphenated and
 * with ligatures, repeated until the book has `pages` pages of 40 lines, with folios.
 */
export function longBookPdf(pages: number): Uint8Array {
  const root = join(import.meta.dirname, '..', '..', '..', '..');
  const paragraphs = readFileSync(join(root, 'maps/sources/rrs.txt'), 'utf8').split('\n\n');
  const set = paragraphs.map((p) => setLines(p, { width: 80, hyphenate: true, ligatures: true }));
  const lines: string[][] = [];
  const folios = Array.from({ length: pages }, (_, i) => String(i + 1));
  let printed = typeset(lines);
  while (printed.length <= pages) {
    lines.push(...set);
    printed = typeset(lines, { folios });
  }
  return makePdf({ pages: printed.slice(0, pages), title: 'A long book' });
}
