import { expandLigatures } from '../../domain/anchoring/typography';

/** One run of text as pdf.js reports it: its string, where its baseline starts, its size. */
export interface PdfTextRun {
  readonly str: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  /** About the font size, in the same units as x and y. */
  readonly height: number;
  /** pdf.js saw a line break after this run. */
  readonly hasEOL: boolean;
}

export interface PdfLine {
  readonly text: string;
  readonly y: number;
  readonly height: number;
  /** From the start of its first run to the end of its last. */
  readonly width: number;
}

/** A paragraph of a page, with the size of its first and last lines (a heading is larger). */
export interface PdfParagraph {
  readonly text: string;
  readonly firstHeight: number;
  readonly lastHeight: number;
  /** Its last line runs (nearly) the full measure, as a line does that the paragraph goes on after. */
  readonly lastFull?: boolean;
}

/**
 * Groups a page's runs into lines, in the order the page draws them: a run starts a new
 * line after a line break or when its baseline moves by more than half a line; runs on
 * one line are joined with a space where the page leaves a gap between them.
 */
export function linesOf(runs: readonly PdfTextRun[]): PdfLine[] {
  const lines: PdfLine[] = [];
  let text = '';
  let y = 0;
  let height = 0;
  let startX = 0;
  let endX = 0;
  let open = false;
  const end = () => {
    if (open) lines.push({ text, y, height, width: endX - startX });
    open = false;
    text = '';
  };
  for (const run of runs) {
    if (open && Math.abs(run.y - y) > 0.5 * Math.max(run.height, height, 1)) end();
    if (run.str) {
      if (!open) {
        open = true;
        startX = run.x;
        y = run.y;
        height = run.height;
      } else if (run.x - endX > 0.15 * Math.max(run.height, 1) && !/\s$/.test(text) && !/^\s/.test(run.str)) text += ' ';
      text += run.str;
      endX = run.x + run.width;
      height = Math.max(height, run.height);
    }
    if (run.hasEOL) end();
  }
  end();
  return lines;
}

/** A page number printed alone at the head or foot of a page ("41", "- 41 -", "xii"): not the text. */
const FOLIO = /^[-\u2013\u2014\s]*(\d{1,4}|[ivxlcdm]{1,8})[-\u2013\u2014\s]*$/i;

/**
 * Turns a page's lines into paragraphs: ligatures spelled out, spaces tidied, a folio at
 * the head or foot dropped, a new paragraph wherever the vertical gap between lines is
 * clearly wider than the page's line spacing (or the text changes size or jumps up to a
 * new column), and the lines of a paragraph joined, a word hyphenated at a line end whole.
 */
export function paragraphsOf(rawLines: readonly PdfLine[]): PdfParagraph[] {
  const lines = rawLines
    .map((l) => ({ ...l, text: expandLigatures(l.text).replace(/[ \t]+/g, ' ').trim() }))
    .filter((l) => l.text.length > 0);
  if (lines.length > 0 && FOLIO.test(lines[lines.length - 1]!.text)) lines.pop();
  if (lines.length > 0 && FOLIO.test(lines[0]!.text)) lines.shift();
  if (lines.length === 0) return [];

  const threshold = paragraphGap(lines);
  const widths = lines.map((l) => l.width).sort((a, b) => a - b);
  const measure = widths[Math.ceil((widths.length - 1) * 0.9)]!;
  const full = (line: PdfLine) => line.width >= 0.9 * measure;
  const out: PdfParagraph[] = [];
  let current: PdfParagraph = { text: lines[0]!.text, firstHeight: lines[0]!.height, lastHeight: lines[0]!.height, lastFull: full(lines[0]!) };
  for (let i = 1; i < lines.length; i++) {
    const prev = lines[i - 1]!;
    const line = lines[i]!;
    const gap = prev.y - line.y;
    const resized = Math.abs(line.height - prev.height) > 0.2 * Math.max(prev.height, 1);
    if (gap > threshold || gap < -0.5 * line.height || resized) {
      out.push(current);
      current = { text: line.text, firstHeight: line.height, lastHeight: line.height, lastFull: full(line) };
    } else {
      current = { ...current, text: joinBroken(current.text, line.text).joined, lastHeight: line.height, lastFull: full(line) };
    }
  }
  out.push(current);
  return out;
}

/** The gap above which lines belong to different paragraphs: wider than the page's usual line step. */
function paragraphGap(lines: readonly PdfLine[]): number {
  const gaps = lines.slice(1).map((l, i) => lines[i]!.y - l.y).filter((g) => g > 0).sort((a, b) => a - b);
  const heights = lines.map((l) => l.height).sort((a, b) => a - b);
  const usualHeight = heights[heights.length >> 1] ?? 10;
  // The lower quartile is the line step itself even when a page is mostly short paragraphs.
  const step = gaps.length >= 3 ? gaps[Math.floor(gaps.length / 4)]! : usualHeight * 1.25;
  return step * 1.4;
}

/**
 * Joins two lines (or two pages) of one paragraph: a word hyphenated at the end of the
 * first and continued in lower case is made whole, a soft hyphen dropped, anything else
 * joined with a space. `tailAt` is where the second begins in the joined text.
 */
export function joinBroken(a: string, b: string): { joined: string; tailAt: number } {
  let head: string;
  if (/\p{L}[-\u2010]$/u.test(a) && /^\p{Ll}/u.test(b)) head = a.slice(0, -1);
  else if (a.endsWith('\u00ad')) head = a.slice(0, -1);
  else head = `${a} `;
  return { joined: head + b, tailAt: head.length };
}

/**
 * Whether a page's first paragraph goes on with the last one of the page before: not if
 * the type changes size (a heading); yes if it starts in lower case; else yes if the page
 * ended mid-sentence, or at a sentence's end on a full line (a paragraph's last line is
 * usually short). A short line ending a sentence ends the paragraph.
 */
export function continuesParagraph(before: PdfParagraph, next: PdfParagraph): boolean {
  if (Math.abs(before.lastHeight - next.firstHeight) > 0.2 * Math.max(before.lastHeight, 1)) return false;
  if (/^\p{Ll}/u.test(next.text)) return true;
  if (/\p{L}[-\u2010]$/u.test(before.text)) return false;
  return !/[.!?:;\u2026"\u201d\u2019')\]]$/.test(before.text) || before.lastFull === true;
}
