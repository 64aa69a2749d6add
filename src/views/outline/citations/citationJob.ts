import type { CiteRequest, FormattedCitations } from '../../../formats/citations/processor';
import type { CitationStyleId } from '../../../formats/citations/styles';
import type { Reference } from '../../../domain/schema/reference';

/** What the outline asks to have formatted: the references it cites, in reading order, in one style. */
export interface CitationInput {
  readonly references: readonly Reference[];
  readonly requests: readonly CiteRequest[];
  readonly style: CitationStyleId;
}

export interface CitationJob extends CitationInput {
  readonly id: number;
}

export type CitationReply = { readonly id: number; readonly ok: true; readonly citations: FormattedCitations } | { readonly id: number; readonly ok: false; readonly error: string };

/** The input with only the references it cites, and a key that changes exactly when the formatted result would. */
export function citationInput(references: readonly Reference[], requests: readonly CiteRequest[], style: CitationStyleId): { input: CitationInput; key: string } {
  const cited = new Set(requests.map((r) => r.refId));
  const input = { references: references.filter((r) => cited.has(r.id)), requests, style };
  return { input, key: JSON.stringify(input) };
}
