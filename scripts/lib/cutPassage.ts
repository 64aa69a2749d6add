import { describeRange } from '../../src/domain/anchoring/selector';
import type { Passage } from '../../src/domain/schema/passage';
import { codePointLength, SourceText } from '../../src/domain/text/sourceText';

/**
 * Cuts a passage out of a source by its quote, so that map authors never retype a quote:
 * the quote, its context and its code-point offsets all come from the source itself.
 * Fails loudly if the quote is absent or (without `occurrence`) ambiguous.
 */
export function cutPassage(source: SourceText, sourceId: string, id: string, quote: string, occurrence?: number): Passage {
  const hits: number[] = [];
  for (let i = source.text.indexOf(quote); i !== -1; i = source.text.indexOf(quote, i + 1)) hits.push(i);
  if (hits.length === 0) throw new Error(`passage ${id}: quote not found in source ${sourceId}: ${quote.slice(0, 80)}`);
  if (hits.length > 1 && occurrence === undefined) {
    throw new Error(`passage ${id}: quote occurs ${hits.length} times in ${sourceId}; say which occurrence`);
  }
  const unit = hits[occurrence ?? 0]!;
  const start = source.toCodePoint(unit);
  const selector = describeRange(source, start, start + codePointLength(quote));
  if (selector.quote !== quote) throw new Error(`passage ${id}: offsets do not reproduce the quote`);
  return { id, kind: 'passage', source: sourceId, ...selector };
}
