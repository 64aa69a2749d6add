import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadMapValue } from '../../domain/loader';
import { describeRange } from '../../domain/anchoring/selector';
import { pageOfRange } from '../../domain/text/pages';
import { SourceText } from '../../domain/text/sourceText';
import { sampleMap, sampleReader } from '../../domain/testing/sampleMap';
import { extractSource } from './extract';
import { MAX_SOURCE_BYTES } from './limits';
import { nodePdfJs } from './pdfNode';
import { setLines } from './testing/book';
import { longBookPdf } from './testing/longBook';
import { makePdf, typeset, type PdfPage } from './testing/makePdf';
import type { ExtractProgress, ExtractResult } from './types';

const ROOT = join(import.meta.dirname, '..', '..', '..');
/** Real paragraphs to print: the polemic the default maps quote. */
const PARAGRAPHS = readFileSync(join(ROOT, 'maps/sources/rrs.txt'), 'utf8').split('\n\n');

const extract = (bytes: Uint8Array, name = 'book.pdf', onProgress?: (p: ExtractProgress) => void) =>
  extractSource({ name, bytes }, { pdfjs: nodePdfJs, ...(onProgress ? { onProgress } : {}) });
const ok = (r: ExtractResult) => {
  if (!r.ok) throw new Error(r.problems.map((p) => `${p.code}: ${p.message}`).join('\n'));
  return r.source;
};

describe('extracting a PDF', () => {
  it('gives back printed paragraphs exactly: lines joined, hyphenated words whole, ligatures spelled out, folios dropped', async () => {
    const paragraphs = PARAGRAPHS.slice(19, 24);
    const lines = paragraphs.map((p) => setLines(p, { width: 70, hyphenate: true, ligatures: true }));
    expect(lines.flat().some((l) => /[a-z]-$/.test(l))).toBe(true);
    expect(lines.flat().some((l) => l.includes('\ufb01'))).toBe(true);
    const pages = typeset(lines, { linesPerPage: 12, folios: ['1', '2', '3', '4', '5', '6'] });
    expect(pages.length).toBeGreaterThan(2);
    const source = ok(await extract(makePdf({ pages })));
    expect(source.text).toBe(paragraphs.join('\n\n'));
    expect(source.media).toBe('application/pdf');
    expect(source.pages!.map((p) => p.label)).toEqual(pages.map((_, i) => String(i + 1)));
  });

  it('knows where each page starts, joining a paragraph and a hyphenated word across a page break', async () => {
    const pages: PdfPage[] = [
      { lines: [{ text: 'The first page ends in the middle of the word revolu-', y: 700 }] },
      { lines: [{ text: 'tion, which the second page completes.', y: 700 }, { text: 'A new paragraph.', y: 660 }] },
    ];
    const source = ok(await extract(makePdf({ pages, pageLabels: '[0 << /S /D /St 41 >>]' })));
    expect(source.text).toBe('The first page ends in the middle of the word revolution, which the second page completes.\n\nA new paragraph.');
    expect(source.pages).toEqual([{ start: 0, label: '41' }, { start: source.text.indexOf('tion,'), label: '42' }]);
    const quote = 'the word revolution, which';
    const at = source.text.indexOf(quote);
    expect(pageOfRange(source.pages!, at, at + quote.length)).toBe('41-42');
  });

  it('starts a new paragraph on the next page after a short last line that ends a sentence', async () => {
    const pages: PdfPage[] = [
      { lines: [{ text: 'A long first line of the paragraph that runs across the measure,', y: 700 }, { text: 'then ends.', y: 686 }] },
      { lines: [{ text: 'Next paragraph, on a new page.', y: 700 }] },
    ];
    expect(ok(await extract(makePdf({ pages }))).text).toBe('A long first line of the paragraph that runs across the measure, then ends.\n\nNext paragraph, on a new page.');
  });

  it('uses the PDF’s own page labels (roman front matter, then arabic from 41) and its title and author', async () => {
    const page = (text: string): PdfPage => ({ lines: [{ text, y: 700 }] });
    const bytes = makePdf({ pages: [page('Preface.'), page('Contents.'), page('Chapter one.'), page('Chapter two.')], pageLabels: '[0 << /S /r >> 2 << /S /D /St 41 >>]', title: 'Our Revolution', author: 'Leon Trotzky' });
    const source = ok(await extract(bytes));
    expect(source.pages!.map((p) => p.label)).toEqual(['i', 'ii', '41', '42']);
    expect(source).toMatchObject({ title: 'Our Revolution', author: 'Leon Trotzky' });
  });

  it('reports progress page by page', async () => {
    const seen: ExtractProgress[] = [];
    await extract(makePdf({ pages: typeset([setLines(PARAGRAPHS[20]!, { width: 60 })], { linesPerPage: 3 }) }), 'p.pdf', (p) => seen.push(p));
    expect(seen.length).toBeGreaterThan(2);
    expect(seen.map((p) => p.done)).toEqual(seen.map((_, i) => i + 1));
    expect(seen.every((p) => p.total === seen.length)).toBe(true);
  });

  it('anchors a passage across a page break, and a quote copied from a PDF reader with its hyphen, at the right page', async () => {
    const pages: PdfPage[] = [
      { lines: [{ text: 'The first page ends in the middle of the word revolu-', y: 700 }] },
      { lines: [{ text: 'tion, which the second page completes.', y: 700 }] },
    ];
    const source = ok(await extract(makePdf({ pages, pageLabels: '[0 << /S /D /St 41 >>]' })));
    const text = new SourceText(source.text);
    const at = source.text.indexOf('the word revolution');
    const verbatim = { id: 'v', kind: 'passage', source: 'pdf', ...describeRange(text, at, at + 'the word revolution, which'.length) };
    const copied = { id: 'c', kind: 'passage', source: 'pdf', quote: 'middle of the word revolu-\ntion', start: 0, end: 5 };
    const map = { ...sampleMap(), sources: [...sampleMap().sources, { id: 'pdf', title: 'A PDF', text: source.text, pages: source.pages }], nodes: [...sampleMap().nodes, verbatim, copied] };
    const r = loadMapValue(map, { readSource: sampleReader() });
    expect(r.problems.filter((p) => p.severity === 'error')).toEqual([]);
    if (!r.ok) return;
    expect(r.anchors.v?.status).toBe('exact');
    expect(r.map.nodes.find((n) => n.id === 'v')).toMatchObject({ page: '41-42' });
    expect(r.anchors.c).toMatchObject({ status: 'fuzzy', typographyOnly: true, match: 'middle of the word revolution' });
    expect(r.problems.find((p) => p.code === 'QUOTE_NEEDS_REVIEW' && p.recordId === 'c')).toBeDefined();
  });
});

describe('a 400-page book', () => {
  // The worker's own code path (extractSource with pdf.js), in Node; bench/sources.ts times it here and in Chromium.
  it('extracts page by page with a progress event per page and every page’s start', async () => {
    const bytes = longBookPdf(400);
    const seen: ExtractProgress[] = [];
    const source = ok(await extract(bytes, 'book.pdf', (p) => seen.push(p)));
    expect(seen).toHaveLength(400);
    expect(seen[399]).toEqual({ done: 400, total: 400 });
    expect(source.pages!.map((p) => p.label)).toEqual(Array.from({ length: 400 }, (_, i) => String(i + 1)));
    expect(source.pages!.every((p, i) => i === 0 || p.start > source.pages![i - 1]!.start)).toBe(true);
    expect(source.text).not.toMatch(/\ufb01|\ufb02|[a-z]- [a-z]/);
    expect(source.text.startsWith(PARAGRAPHS[0]!)).toBe(true);
  }, 120_000);
});

describe('PDFs that cannot be read', () => {
  const one: PdfPage[] = [{ lines: [{ text: 'Some text.', y: 700 }] }];
  const refused = async (bytes: Uint8Array, name = 'x.pdf') => {
    const r = await extract(bytes, name);
    if (r.ok) throw new Error('expected a refusal');
    return r.problems;
  };

  it('refuses a password-protected PDF', async () => {
    const [p] = await refused(makePdf({ pages: one, encrypted: true }), 'secret.pdf');
    expect(p).toMatchObject({ code: 'PDF_ENCRYPTED', severity: 'error', path: '$' });
    expect(p!.message).toMatch(/^secret\.pdf is protected by a password/);
  });

  it('refuses a corrupt file, a truncated one and an empty one', async () => {
    expect((await refused(new TextEncoder().encode('%PDF-1.4\nnothing like a PDF follows')))[0]!.code).toBe('PDF_CORRUPT');
    expect((await refused(new TextEncoder().encode('GIF89a not a pdf')))[0]!.code).toBe('PDF_CORRUPT');
    expect((await refused(new Uint8Array(0)))[0]).toMatchObject({ code: 'SOURCE_EMPTY', message: 'x.pdf is empty (0 bytes)' });
  });

  it('refuses a scanned PDF with no text layer, and names the pages without text in one that has some', async () => {
    const scan = await refused(makePdf({ pages: [{ lines: [], box: true }, { lines: [], box: true }] }), 'scan.pdf');
    expect(scan[0]).toMatchObject({ code: 'PDF_NO_TEXT' });
    expect(scan[0]!.message).toMatch(/no text layer on any of its 2 pages.*OCR/);
    const mixed = ok(await extract(makePdf({ pages: [...one, { lines: [], box: true }] }), 'mixed.pdf'));
    expect(mixed.problems).toEqual([expect.objectContaining({ code: 'PDF_PAGES_WITHOUT_TEXT', severity: 'warning', message: expect.stringMatching(/page 2 has no text layer/) })]);
    expect(mixed.pages).toEqual([{ start: 0, label: '1' }, { start: mixed.text.length, label: '2' }]);
  });

  it('refuses a file over 50 MB before reading it, and a kind it does not read', async () => {
    const huge = new Uint8Array(MAX_SOURCE_BYTES + 1);
    const r = await extractSource({ name: 'huge.pdf', bytes: huge }, { pdfjs: () => Promise.reject(new Error('pdf.js must not even load')) });
    expect(r).toMatchObject({ ok: false, problems: [{ code: 'SOURCE_TOO_LARGE', message: 'huge.pdf is 50.0 MB; a source may be at most 50.0 MB, so it was not read' }] });
    const docx = await extractSource({ name: 'essay.docx', bytes: new Uint8Array([0x50, 0x4b]) }, { pdfjs: nodePdfJs });
    expect(docx).toMatchObject({ ok: false, problems: [{ code: 'SOURCE_KIND_UNKNOWN' }] });
  });
});
