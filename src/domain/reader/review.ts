import type { AnchorResolution } from '../anchoring/resolve';
import { describeRange } from '../anchoring/selector';
import type { ArgumentMap } from '../schema/map';
import type { NodeOfKind } from '../schema/node';
import { paragraphsOf } from './citations';
import type { Paragraph } from '../text/paragraphs';
import { pageOfRange } from '../text/pages';
import type { SourceText } from '../text/sourceText';
import { diffWords, type DiffPart } from './diff';

/**
 * Accepts a reviewed anchor: the passage now quotes exactly what its source holds at the
 * given range, with fresh context. Only a person's decision calls this; the loader never does.
 */
export function acceptAnchor(map: ArgumentMap, passageId: string, source: SourceText, start: number, end: number): ArgumentMap {
  if (!source.inRange(start, end)) throw new RangeError(`range ${start}-${end} is outside the source`);
  const selector = describeRange(source, start, end);
  let found = false;
  const nodes = map.nodes.map((n) => {
    if (n.id !== passageId || n.kind !== 'passage') return n;
    found = true;
    // Its page follows it, as the loader keeps it: set in a paged source, absent in an unpaged one.
    const { page: _old, ...rest } = n;
    const page = pageOfRange(map.sources.find((s) => s.id === n.source)?.pages ?? [], start, end);
    return { ...rest, ...selector, ...(page === undefined ? {} : { page }) };
  });
  if (!found) throw new Error(`no passage "${passageId}" in map "${map.id}"`);
  return { ...map, nodes };
}

/** What the review dialog sets side by side for a passage whose quote only approximately matches. */
export interface ReviewCase {
  readonly passageId: string;
  /** The quote the map stores. */
  readonly stored: string;
  /** The best match in the source now, in code points, and its text. */
  readonly start: number;
  readonly end: number;
  readonly match: string;
  /** Up to `context` code points of the source either side of the match. */
  readonly before: string;
  readonly after: string;
  readonly paragraphs: readonly number[];
  readonly similarity: number;
  readonly errors: number;
  readonly typographyOnly: boolean;
  /** Word-level differences from the stored quote to the match. */
  readonly diff: readonly DiffPart[];
}

type Fuzzy = Extract<AnchorResolution, { status: 'fuzzy' }>;

/** The review of one passage against the loader's best approximate match. */
export function reviewCase(passage: NodeOfKind<'passage'>, source: SourceText, paragraphs: readonly Paragraph[], match: Fuzzy, context = 160): ReviewCase {
  return {
    passageId: passage.id,
    stored: passage.quote,
    start: match.start,
    end: match.end,
    match: source.slice(match.start, match.end),
    before: source.slice(Math.max(0, match.start - context), match.start),
    after: source.slice(match.end, Math.min(source.length, match.end + context)),
    paragraphs: paragraphsOf(paragraphs, match.start, match.end),
    similarity: match.similarity,
    errors: match.errors,
    typographyOnly: match.typographyOnly,
    diff: diffWords(passage.quote, source.slice(match.start, match.end)),
  };
}

/**
 * Moves one end of a proposed range by a word (words being runs between white space, with
 * their punctuation), so a reviewer can correct an approximate match that starts or stops a
 * little early or late. Returns the range unchanged when the move would empty it or run off
 * the source.
 */
export function nudgeRange(source: SourceText, range: { start: number; end: number }, end: 'start' | 'end', direction: -1 | 1): { start: number; end: number } {
  const text = source.text;
  const space = (u: number) => u < 0 || u >= text.length || /\s/.test(text[u]!);
  // A word starts where white space gives way to text, and ends where text gives way to white space.
  const isBoundary = end === 'start' ? (u: number) => !space(u) && space(u - 1) : (u: number) => space(u) && !space(u - 1);
  let unit = source.toUnit(range[end]) + direction;
  while (unit >= 0 && unit <= text.length && !isBoundary(unit)) unit += direction;
  if (unit < 0 || unit > text.length) return range;
  const next = { ...range, [end]: source.toCodePoint(unit) };
  return next.start < next.end ? next : range;
}
