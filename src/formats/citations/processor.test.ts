import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import historiography from '../../../data/corpus/historiography.json';
import type { Reference } from '../../domain/schema/reference';
import { citationProcessor, formatCitations, type CiteRequest } from './processor';
import type { CitationStyleId } from './styles';

const files = (file: string) => readFile(join(import.meta.dirname, 'styles', file), 'utf8');
const corpus = historiography as unknown as Reference[];
const ref = (id: string) => corpus.find((r) => r.id === id)!;

// Real references from data/corpus: a two-author book in a series (with the page the corpus cites it at),
// a journal article and a chapter in a collection.
const BOOK = ref('davies-wheatcroft2004');
const ARTICLE = ref('lih-russian-history');
const CHAPTER = ref('stalin1924b');
const requests: CiteRequest[] = [
  { key: 'book', refId: BOOK.id, pages: '401' },
  { key: 'article', refId: ARTICLE.id },
  { key: 'chapter', refId: CHAPTER.id },
];

const EXPECTED: Record<CitationStyleId, { cites: Record<string, string>; bibliography: string[] }> = {
  'chicago-author-date': {
    cites: { book: '(Davies and Wheatcroft 2004, 401)', article: '(Lih 2011)', chapter: '(Stalin 1924)' },
    bibliography: [
      'Davies, R. W., and Stephen G. Wheatcroft. 2004. *The Years of Hunger: Soviet Agriculture, 1931–1933*. The Industrialisation of Soviet Russia 5. Basingstoke: Palgrave Macmillan.',
      'Lih, Lars T. 2011. “The Ironic Triumph of Old Bolshevism: The Debates of April 1917 in Context.” *Russian History* 38 (2): 199–242.',
      'Stalin, J. V. 1924. “The October Revolution and the Tactics of the Russian Communists.” In *On the Road to October*.',
    ],
  },
  'chicago-note-bibliography': {
    cites: {
      book: 'Davies and Wheatcroft, *The Years of Hunger*, 401.',
      article: 'Lih, “The Ironic Triumph of Old Bolshevism.”',
      chapter: 'Stalin, “The October Revolution and the Tactics of the Russian Communists.”',
    },
    bibliography: [
      'Davies, R. W., and Stephen G. Wheatcroft. *The Years of Hunger: Soviet Agriculture, 1931–1933*. The Industrialisation of Soviet Russia 5. Basingstoke: Palgrave Macmillan, 2004.',
      'Lih, Lars T. “The Ironic Triumph of Old Bolshevism: The Debates of April 1917 in Context.” *Russian History* 38, no. 2 (2011): 199–242.',
      'Stalin, J. V. “The October Revolution and the Tactics of the Russian Communists.” In *On the Road to October*, 1924.',
    ],
  },
  apa: {
    cites: { book: '(Davies & Wheatcroft, 2004, p. 401)', article: '(Lih, 2011)', chapter: '(Stalin, 1924)' },
    bibliography: [
      'Davies, R. W., & Wheatcroft, S. G. (2004). *The Years of Hunger: Soviet Agriculture, 1931–1933*. Palgrave Macmillan.',
      'Lih, L. T. (2011). The Ironic Triumph of Old Bolshevism: The Debates of April 1917 in Context. *Russian History*, *38*(2), 199–242.',
      'Stalin, J. V. (1924). The October Revolution and the Tactics of the Russian Communists. In *On the Road to October*.',
    ],
  },
  mla: {
    cites: { book: '(Davies and Wheatcroft 401)', article: '(Lih)', chapter: '(Stalin)' },
    bibliography: [
      'Davies, R. W., and Stephen G. Wheatcroft. *The Years of Hunger: Soviet Agriculture, 1931–1933*. Palgrave Macmillan, 2004.',
      'Lih, Lars T. “The Ironic Triumph of Old Bolshevism: The Debates of April 1917 in Context.” *Russian History*, vol. 38, no. 2, 2011, pp. 199–242.',
      'Stalin, J. V. “The October Revolution and the Tactics of the Russian Communists.” *On the Road to October*, 1924.',
    ],
  },
};

describe.each(Object.keys(EXPECTED) as CitationStyleId[])('%s', (style) => {
  it('cites a book (with its page), a journal article and a chapter, and lists them', async () => {
    const result = await formatCitations([BOOK, ARTICLE, CHAPTER], requests, { style, files });
    expect(result.cites).toEqual(EXPECTED[style].cites);
    expect(result.bibliography.map((b) => b.text)).toEqual(EXPECTED[style].bibliography);
    expect(result.bibliography.map((b) => b.refId)).toEqual([BOOK.id, ARTICLE.id, CHAPTER.id]);
  });
});

describe('formatCitations', () => {
  it('defaults to Chicago author-date', async () => {
    const result = await formatCitations([BOOK], [requests[0]!], { files });
    expect(result.style.id).toBe('chicago-author-date');
    expect(result.cites.book).toBe('(Davies and Wheatcroft 2004, 401)');
  });

  it('numbers notes in reading order for a note style and shortens an immediate repeat', async () => {
    const result = await formatCitations([BOOK, ARTICLE], [...requests.slice(0, 2), { key: 'again', refId: ARTICLE.id }], { style: 'chicago-note-bibliography', files });
    expect(result.notes).toEqual({ book: 1, article: 2, again: 3 });
    expect(result.cites.again).toBe('Lih.');
  });

  it('tells two works of one author and year apart, in the citation and the bibliography', async () => {
    const result = await formatCitations([ref('stalin1924a'), CHAPTER], [{ key: 'a', refId: 'stalin1924a' }, { key: 'b', refId: CHAPTER.id }], { files });
    expect(result.cites).toEqual({ a: '(Stalin 1924a)', b: '(Stalin 1924b)' });
    expect(result.bibliography.map((b) => b.text.slice(0, 20))).toEqual(['Stalin, J. V. 1924a.', '———. 1924b. “The Oct']);
  });

  it('leaves the authors out of a narrative citation in an in-text style', async () => {
    const result = await formatCitations([BOOK], [{ ...requests[0]!, narrative: true }], { style: 'apa', files });
    expect(result.cites.book).toBe('(2004, p. 401)');
  });

  it('lists only the works cited, and reports requests for unknown references', async () => {
    const result = await formatCitations([BOOK, ARTICLE, CHAPTER], [requests[1]!, { key: 'x', refId: 'ghost' }], { files });
    expect(result.bibliography.map((b) => b.refId)).toEqual([ARTICLE.id]);
    expect(result.missing).toEqual(['x']);
  });

  it('returns no bibliography for no requests', async () => {
    const result = await formatCitations([BOOK], [], { files });
    expect(result.bibliography).toEqual([]);
  });

  it('escapes markup in reference data and links only safe URLs', async () => {
    const hostile: Reference = {
      id: 'hostile',
      type: 'webpage',
      title: '# Not a heading <script>alert(1)</script> *bold*',
      author: [{ family: 'Evil_Name' }],
      issued: { 'date-parts': [[2020]] },
      URL: 'javascript:alert(1)',
    };
    const safe: Reference = { id: 'safe', type: 'webpage', title: 'Archive', author: [{ family: 'Keeper' }], issued: { 'date-parts': [[2021]] }, URL: 'https://example.org/a_(b)' };
    const result = await formatCitations([hostile, safe], [{ key: 'h', refId: 'hostile' }, { key: 's', refId: 'safe' }], { files });
    const [keeperEntry, evilEntry] = [result.bibliography.find((b) => b.refId === 'safe')!.text, result.bibliography.find((b) => b.refId === 'hostile')!.text];
    expect(evilEntry).toContain('\\<script\\>alert(1)\\</Script\\>');
    expect(evilEntry).toContain('\\*bold\\*');
    expect(evilEntry).toContain('Evil\\_Name');
    expect(evilEntry).not.toMatch(/\]\(javascript:/);
    expect(keeperEntry).toContain('[https://example.org/a\\_(b)](https://example.org/a_%28b%29)');
    // 10.5555 is the prefix Crossref reserves for examples.
    const doi = await formatCitations([{ ...safe, URL: undefined, DOI: '10.5555/12345678' }], [{ key: 's', refId: 'safe' }], { style: 'apa', files });
    expect(doi.bibliography[0]!.text).toContain('(https://doi.org/10.5555/12345678)');
  });

  it('formats plain text and HTML too', async () => {
    const text = await formatCitations([BOOK], [requests[0]!], { files, output: 'text' });
    expect(text.bibliography[0]!.text).toContain('2004. The Years of Hunger: Soviet Agriculture');
    const html = await formatCitations([BOOK], [requests[0]!], { files, output: 'html' });
    expect(html.bibliography[0]!.text).toContain('<i>The Years of Hunger: Soviet Agriculture, 1931–1933</i>');
  });

  it('leaves out the curators’ note on a reference', async () => {
    const noted: Reference = { ...ARTICLE, note: 'original-date: 1850\nChecked against the publisher.' };
    const result = await formatCitations([noted], [requests[1]!], { style: 'mla', files });
    expect(result.bibliography[0]!.text).toBe(EXPECTED.mla.bibliography[1]);
  });

  it('remembers the last result until what is cited changes', async () => {
    const processor = await citationProcessor('chicago-author-date', files);
    const first = processor.format([BOOK, ARTICLE], requests.slice(0, 2));
    expect(processor.format([BOOK, ARTICLE, CHAPTER], requests.slice(0, 2))).toBe(first);
    const retitled = processor.format([BOOK, { ...ARTICLE, title: 'Another Title' }], requests.slice(0, 2));
    expect(retitled).not.toBe(first);
    expect(retitled.bibliography[1]!.text).toContain('“Another Title.”');
  });
});
