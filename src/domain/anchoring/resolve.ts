import search from 'approx-string-match';
import { codePointLength, type SourceText } from '../text/sourceText';
import { foldTypography, normalizeForMatch, type MatchText } from './typography';

export interface StoredAnchor {
  readonly quote: string;
  readonly prefix?: string | undefined;
  readonly suffix?: string | undefined;
  readonly start: number;
  readonly end: number;
}

export type AnchorResolution =
  /** The stored positions still hold the quote. */
  | { readonly status: 'exact'; readonly start: number; readonly end: number }
  /** The exact quote was found elsewhere, chosen by its context: safe to move. */
  | { readonly status: 'reanchored'; readonly start: number; readonly end: number }
  /** Only an approximate match: a person must review it; the passage is not moved. */
  | {
      readonly status: 'fuzzy';
      readonly start: number;
      readonly end: number;
      readonly match: string;
      readonly errors: number;
      /** 0..1, one minus errors over quote length. */
      readonly similarity: number;
      /** True when the match differs only in quotes, dashes, spaces, ligatures or line-end hyphens. */
      readonly typographyOnly: boolean;
    }
  | { readonly status: 'orphan' };

/** Errors allowed in a fuzzy match: a quarter of the quote, enough for a changed word or two. */
export function maxFuzzyErrors(quoteLength: number): number {
  return Math.min(64, Math.max(2, Math.floor(quoteLength * 0.25)));
}

/**
 * Finds a stored quote in a source, in the order of the W3C/Hypothesis model: the stored
 * positions; else the exact quote, its occurrences ranked by context and nearness; else
 * an approximate match, which is reported and never applied silently.
 */
export function resolveAnchor(source: SourceText, anchor: StoredAnchor): AnchorResolution {
  const { quote } = anchor;
  if (source.inRange(anchor.start, anchor.end) && source.slice(anchor.start, anchor.end) === quote) {
    return { status: 'exact', start: anchor.start, end: anchor.end };
  }
  const text = source.text;
  const hintUnit = source.toUnit(Math.max(0, Math.min(anchor.start, source.length)));

  const exact = allOccurrences(text, quote);
  if (exact.length > 0) {
    const best = pickByContext(text, exact.map((i) => ({ start: i, end: i + quote.length })), anchor, hintUnit);
    return { status: 'reanchored', start: source.toCodePoint(best.start), end: source.toCodePoint(best.end) };
  }

  const forms = matchForms(source);
  const folded = allOccurrences(forms.folded, foldTypography(quote));
  if (folded.length > 0) {
    const best = pickByContext(text, folded.map((i) => ({ start: i, end: i + quote.length })), anchor, hintUnit);
    const match = text.slice(best.start, best.end);
    const errors = countDifferences(match, quote);
    return fuzzy(source, best, match, errors, quote, true);
  }

  // Ligatures, line-end hyphens and runs of whitespace, as a quote copied from a PDF has them.
  const normal = forms.normal;
  const normalQuote = normalizeForMatch(quote).text.trim();
  const spelled = allOccurrences(normal.text, normalQuote).map((i) => backToOriginal(normal, i, i + normalQuote.length));
  if (spelled.length > 0) {
    const best = pickByContext(text, spelled, anchor, hintUnit);
    const match = text.slice(best.start, best.end);
    return fuzzy(source, best, match, countDifferences(match, quote), quote, true);
  }

  const maxErrors = maxFuzzyErrors(normalQuote.length);
  const candidates = normalQuote.length > 0 ? search(normal.text, normalQuote, maxErrors) : [];
  if (candidates.length === 0) return { status: 'orphan' };
  const fewest = Math.min(...candidates.map((c) => c.errors));
  const ranges = candidates.filter((c) => c.errors === fewest).map((c) => backToOriginal(normal, c.start, c.end));
  const best = pickByContext(text, ranges, anchor, hintUnit);
  return fuzzy(source, best, text.slice(best.start, best.end), fewest, quote, false);
}

const formsCache = new WeakMap<SourceText, { folded: string; normal: MatchText }>();

/** The source's folded and normalised forms, made once per source: a long text is matched against many quotes. */
function matchForms(source: SourceText): { folded: string; normal: MatchText } {
  let forms = formsCache.get(source);
  if (!forms) {
    forms = { folded: foldTypography(source.text), normal: normalizeForMatch(source.text) };
    formsCache.set(source, forms);
  }
  return forms;
}

/** A range of the normalised text as a range (UTF-16) of the original, from its first unit's origin to just past its last's. */
function backToOriginal(normal: MatchText, start: number, end: number): { start: number; end: number } {
  return { start: normal.origin[start]!, end: end > start ? normal.origin[end - 1]! + 1 : normal.origin[start]! };
}

function fuzzy(
  source: SourceText,
  range: { start: number; end: number },
  match: string,
  errors: number,
  quote: string,
  typographyOnly: boolean,
): AnchorResolution {
  return {
    status: 'fuzzy',
    start: source.toCodePoint(range.start),
    end: source.toCodePoint(range.end),
    match,
    errors,
    similarity: Math.max(0, 1 - errors / Math.max(1, codePointLength(quote))),
    typographyOnly,
  };
}

function allOccurrences(text: string, needle: string): number[] {
  const out: number[] = [];
  if (needle.length === 0) return out;
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/** Ranks candidate ranges (UTF-16) by how much of the stored context surrounds them, then by nearness. */
function pickByContext<R extends { start: number; end: number }>(
  text: string,
  candidates: readonly R[],
  anchor: StoredAnchor,
  hintUnit: number,
): R {
  let best = candidates[0]!;
  let bestScore = -Infinity;
  for (const c of candidates) {
    const before = text.slice(Math.max(0, c.start - 64), c.start);
    const after = text.slice(c.end, c.end + 64);
    const context = commonSuffix(before, anchor.prefix ?? '') + commonPrefix(after, anchor.suffix ?? '');
    // Context dominates; nearness to the old position breaks ties (and then some).
    const score = context * 1000 - Math.min(999, Math.abs(c.start - hintUnit) / 100);
    if (score > bestScore) {
      bestScore = score;
      best = c;
    }
  }
  return best;
}

function commonPrefix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n++;
  return n;
}

function commonSuffix(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

function countDifferences(a: string, b: string): number {
  let n = Math.abs(a.length - b.length);
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) n++;
  return n;
}
