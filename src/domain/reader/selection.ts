import { describeRange, type QuoteSelector } from '../anchoring/selector';
import type { SourceText } from '../text/sourceText';

/**
 * Turns a selection in the reader, given as UTF-16 offsets into the source text, into a
 * passage selector. The quote is cut from the source itself, never taken from the
 * browser's selection string (which collapses whitespace and may drop characters), and
 * whitespace at either end is trimmed so a sloppy drag still gives a clean quote.
 * Returns undefined for an empty or whitespace-only selection.
 */
export function selectorFromSelection(source: SourceText, unitStart: number, unitEnd: number): QuoteSelector | undefined {
  const text = source.text;
  let a = Math.max(0, Math.min(unitStart, unitEnd));
  let b = Math.min(text.length, Math.max(unitStart, unitEnd));
  while (a < b && /\s/.test(text[a]!)) a++;
  while (b > a && /\s/.test(text[b - 1]!)) b--;
  if (a >= b) return undefined;
  // Never split a surrogate pair: widen to whole code points.
  if (isLow(text.charCodeAt(a)) && a > 0) a--;
  if (isLow(text.charCodeAt(b)) && b < text.length) b++;
  return describeRange(source, source.toCodePoint(a), source.toCodePoint(b));
}

function isLow(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
