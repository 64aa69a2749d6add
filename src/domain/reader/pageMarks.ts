import type { Paragraph } from '../text/paragraphs';
import type { PageBoundary } from '../text/pages';

/** Where a page begins, as the reader marks it: a code-point offset and the page's label. */
export interface PageMark {
  readonly start: number;
  readonly label: string;
}

/** The page marks one paragraph shows: a page that begins with it (drawn above it), and those that begin inside it. */
export interface ParagraphPages {
  readonly before: PageMark | null;
  readonly inside: readonly PageMark[];
}

const NONE: ParagraphPages = { before: null, inside: [] };

/**
 * Assigns each page start to the paragraph it falls in (index: paragraph number; 0 unused).
 * A page starting in the blank lines between paragraphs, or at a paragraph's first
 * character, begins that paragraph; blank pages share their successor's start, so of
 * several pages starting at one offset only the last (the one with text) is marked.
 */
export function pagesByParagraph(pages: readonly PageBoundary[], paragraphs: readonly Paragraph[]): readonly ParagraphPages[] {
  const out: ParagraphPages[] = Array.from({ length: paragraphs.length + 1 }, () => NONE);
  const marks: PageMark[] = [];
  for (const p of pages) {
    if (marks.at(-1)?.start === p.start) marks.pop();
    marks.push({ start: p.start, label: p.label });
  }
  let k = 0;
  for (const mark of marks) {
    while (k < paragraphs.length && paragraphs[k]!.end <= mark.start) k++;
    const paragraph = paragraphs[k];
    if (!paragraph) break;
    const at = out[paragraph.number]!;
    if (mark.start <= paragraph.start) out[paragraph.number] = { before: mark, inside: at.inside };
    else out[paragraph.number] = { before: at.before, inside: [...at.inside, mark] };
  }
  return out;
}

/** A page or range as a reader says it: "p. 41", "pp. 41–42". */
export function pageLabel(page: string): string {
  return page.includes('-') ? `pp. ${page.replace('-', '–')}` : `p. ${page}`;
}

/**
 * Page labels counted from a printed first page: the PDF's first page is page `first` and
 * each page after it one more. For a PDF without page labels (or with the wrong ones) of
 * an article that begins on page 41 of its journal.
 */
export function numberPagesFrom(pages: readonly PageBoundary[], first: number): PageBoundary[] {
  return pages.map((p, i) => ({ start: p.start, label: String(first + i) }));
}

/** The first page's number when a source's labels count up by one from it (1, 2, 3… or 41, 42…); else undefined. */
export function firstPageNumber(pages: readonly PageBoundary[]): number | undefined {
  if (pages.length === 0 || !/^\d+$/.test(pages[0]!.label)) return undefined;
  const first = Number(pages[0]!.label);
  return pages.every((p, i) => p.label === String(first + i)) ? first : undefined;
}
