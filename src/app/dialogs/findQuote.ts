import { resolveAnchor } from '../../domain/anchoring/resolve';
import { describeRange, type QuoteSelector } from '../../domain/anchoring/selector';
import { SourceText } from '../../domain/text/sourceText';

export type QuoteSearch =
  | { readonly status: 'found'; readonly selector: QuoteSelector; readonly occurrences: number }
  /** Not verbatim; the closest passage of the source, which the user may take instead (cut from the source, not typed). */
  | { readonly status: 'close'; readonly selector: QuoteSelector; readonly similarity: number }
  | { readonly status: 'missing' };

/**
 * Finds a quote a user pasted in a source, with the loader's anchoring: verbatim first, then
 * the closest match. A passage is only ever made of the source's own text.
 */
export function findQuote(text: string, quote: string): QuoteSearch {
  const wanted = quote.trim();
  if (!wanted) return { status: 'missing' };
  const source = new SourceText(text);
  const resolution = resolveAnchor(source, { quote: wanted, start: 0, end: 0 });
  if (resolution.status === 'exact' || resolution.status === 'reanchored') {
    let occurrences = 0;
    for (let at = text.indexOf(wanted); at >= 0; at = text.indexOf(wanted, at + 1)) occurrences++;
    return { status: 'found', selector: describeRange(source, resolution.start, resolution.end), occurrences };
  }
  if (resolution.status === 'fuzzy') return { status: 'close', selector: describeRange(source, resolution.start, resolution.end), similarity: resolution.similarity };
  return { status: 'missing' };
}
