import { useDeferredValue, useMemo } from 'react';
import { hitsByParagraph, searchSource, type SearchHit } from '../../domain/reader/search';
import { useReader } from './readerState';
import type { ActiveSource } from './useActiveSource';

/** A search hit as a paragraph draws it, in UTF-16 units. */
export interface UnitHit {
  readonly unitStart: number;
  readonly unitEnd: number;
}

const NO_HITS: readonly UnitHit[] = [];

export interface SourceSearch {
  readonly query: string;
  readonly hits: readonly SearchHit[];
  readonly groups: ReturnType<typeof hitsByParagraph>;
  /** Hits per paragraph number; paragraphs without hits share one empty array. */
  readonly byParagraph: readonly (readonly UnitHit[])[];
  readonly current: number;
  readonly currentHit: SearchHit | undefined;
}

/** A single letter would mark half the words of the text: a search starts at two. */
export function searchable(query: string): boolean {
  return query.replace(/[^\p{L}\p{N}]/gu, '').length >= 2;
}

/** Searches the active source as the user types; the typing stays responsive while results catch up. */
export function useSourceSearch(active: ActiveSource | null): SourceSearch {
  // The search box writes here once typing pauses; the heavy render then runs in the background.
  const query = useDeferredValue(useReader((r) => r.query));
  const hitIndex = useReader((r) => r.hitIndex);
  const hits = useMemo(() => (active && searchable(query) ? searchSource(active.text, active.paragraphs, query) : []), [active?.text, active?.paragraphs, query]);
  const groups = useMemo(() => hitsByParagraph(hits), [hits]);
  const byParagraph = useMemo(() => {
    const out: (readonly UnitHit[])[] = Array.from({ length: (active?.paragraphs.length ?? 0) + 1 }, () => NO_HITS);
    for (const g of groups) {
      out[g.paragraph] = g.hits.map((h) => ({ unitStart: active!.text.toUnit(h.start), unitEnd: active!.text.toUnit(h.end) }));
    }
    return out;
  }, [groups, active?.text, active?.paragraphs.length]);
  const current = hits.length ? Math.min(hitIndex, hits.length - 1) : -1;
  return { query, hits, groups, byParagraph, current, currentHit: hits[current] };
}

