import { describe, expect, it } from 'vitest';
import { PagedTextBuilder } from './pagedText';
import { linesOf, paragraphsOf, type PdfTextRun } from './pdfLayout';

const run = (str: string, x: number, y: number, extra: Partial<PdfTextRun> = {}): PdfTextRun => ({ str, x, y, width: str.length * 5, height: 10, hasEOL: false, ...extra });
const para = (text: string, lastFull = false) => ({ text, firstHeight: 10, lastHeight: 10, lastFull });

describe('linesOf and paragraphsOf', () => {
  it('joins runs of a line, with a space only where the page leaves a gap', () => {
    const lines = linesOf([run('work', 0, 700), run('ers', 20, 700), run('of', 40, 700), run('the', 60, 701), run('world', 0, 686, { hasEOL: true })]);
    expect(lines.map((l) => l.text)).toEqual(['workers of the', 'world']);
  });

  it('splits paragraphs on a wide gap and on a change of type size, and drops a folio at the foot', () => {
    const lines = linesOf([
      run('Chapter One', 0, 740, { height: 16, hasEOL: true }),
      run('First line of text that', 0, 716, { hasEOL: true }),
      run('goes on here.', 0, 704, { hasEOL: true }),
      run('Second paragraph, after', 0, 680, { hasEOL: true }),
      run('a wider gap.', 0, 668, { hasEOL: true }),
      run('- 12 -', 100, 40, { hasEOL: true }),
    ]);
    expect(paragraphsOf(lines).map((p) => p.text)).toEqual(['Chapter One', 'First line of text that goes on here.', 'Second paragraph, after a wider gap.']);
  });
});

describe('PagedTextBuilder', () => {
  it('gives blank pages the start of the next page with text, even inside a word joined across them', () => {
    const b = new PagedTextBuilder();
    b.addPage('1', [para('Opening words of the revolu-', true)]);
    b.addPage('2', []);
    b.addPage('3', [para('tion itself.'), para('Next.')]);
    b.addPage('4', []);
    const { text, pages } = b.finish();
    expect(text).toBe('Opening words of the revolution itself.\n\nNext.');
    const tail = text.indexOf('tion');
    expect(pages).toEqual([{ start: 0, label: '1' }, { start: tail, label: '2' }, { start: tail, label: '3' }, { start: text.length, label: '4' }]);
  });

  it('counts page starts in code points', () => {
    const b = new PagedTextBuilder();
    b.addPage('1', [para('\u{1D4AE}cript ends.')]);
    b.addPage('2', [para('New page.')]);
    expect(b.finish().pages[1]).toEqual({ start: [...'\u{1D4AE}cript ends.\n\n'].length, label: '2' });
  });
});
