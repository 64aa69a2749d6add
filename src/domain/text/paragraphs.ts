import type { SourceText } from './sourceText';

export interface Paragraph {
  /** 1-based, in reading order: the number outlines cite and the reader shows. */
  readonly number: number;
  /** Code-point offsets of the paragraph's text, end exclusive, without its line break. */
  readonly start: number;
  readonly end: number;
}

/**
 * Splits a text into paragraphs: runs of non-blank lines separated by blank lines. A
 * single line break inside a paragraph is kept, as plain-text sources wrap lines.
 */
export function splitParagraphs(source: SourceText): Paragraph[] {
  const text = source.text;
  const out: Paragraph[] = [];
  const blankRun = /\n[ \t\u00a0]*\n\s*/g;
  let unitStart = 0;
  const push = (from: number, to: number) => {
    let a = from;
    let b = to;
    while (a < b && /\s/.test(text[a]!)) a++;
    while (b > a && /\s/.test(text[b - 1]!)) b--;
    if (b > a) out.push({ number: out.length + 1, start: source.toCodePoint(a), end: source.toCodePoint(b) });
  };
  for (let m = blankRun.exec(text); m; m = blankRun.exec(text)) {
    push(unitStart, m.index);
    unitStart = m.index + m[0].length;
  }
  push(unitStart, text.length);
  return out;
}

/** The paragraph containing a code-point offset (binary search), or undefined between paragraphs. */
export function paragraphAt(paragraphs: readonly Paragraph[], offset: number): Paragraph | undefined {
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const p = paragraphs[mid]!;
    if (offset < p.start) hi = mid - 1;
    else if (offset >= p.end) lo = mid + 1;
    else return p;
  }
  return undefined;
}
