import type { SourceText } from '../text/sourceText';

/** How much context (code points) a TextQuoteSelector keeps on each side, as Hypothesis does. */
export const CONTEXT_LENGTH = 32;

export interface QuoteSelector {
  readonly quote: string;
  readonly prefix: string;
  readonly suffix: string;
  /** Code points, end exclusive. */
  readonly start: number;
  readonly end: number;
}

/** Builds the full selector (quote, context and position) for a range of a source. */
export function describeRange(source: SourceText, start: number, end: number, context = CONTEXT_LENGTH): QuoteSelector {
  return {
    quote: source.slice(start, end),
    prefix: source.slice(Math.max(0, start - context), start),
    suffix: source.slice(end, Math.min(source.length, end + context)),
    start,
    end,
  };
}
