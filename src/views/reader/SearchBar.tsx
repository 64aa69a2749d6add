import { useEffect, useId, useRef, useState } from 'react';
import { useDraftQuery } from './useDraftQuery';
import { readerStore, useReader } from './readerState';
import { searchable, type SourceSearch } from './useSourceSearch';
import { SearchResults } from './SearchResults';
import type { ActiveSource } from './useActiveSource';

/** The last request for the keyboard the search box has answered. */
let focusHandled = 0;

/**
 * Full-text and phrase search in the source: every word must occur in a paragraph (at word
 * starts, ignoring case, accents and typographic quotes); "quoted words" must occur as
 * written. Enter and Shift+Enter step through the hits.
 */
export function SearchBar({ search, active }: { search: SourceSearch; active: ActiveSource }) {
  const query = useDraftQuery();
  const focus = useReader((r) => r.searchFocus);
  const input = useRef<HTMLInputElement>(null);
  const [showResults, setShowResults] = useState(true);
  const id = useId();
  const { hits, current } = search;
  const total = hits.length;

  useEffect(() => {
    // Each request once: coming back to the reader later must not take the keyboard again.
    if (focus <= focusHandled) return;
    focusHandled = focus;
    input.current?.focus();
    input.current?.select();
  }, [focus]);

  const step = (delta: number) => {
    if (total === 0) return;
    readerStore.getState().setHitIndex((current + delta + total) % total);
  };
  const status = !query.draft.trim() ? '' : !searchable(query.draft) ? 'Type two letters or more' : total === 0 ? 'No matches' : `${current + 1} of ${total}${total >= 500 ? '+' : ''}`;

  return (
    <div className="cp-reader-search" role="search">
      <div className="cp-reader-search__row">
        <label htmlFor={`${id}-q`} className="cp-visually-hidden">
          Find in the source
        </label>
        <input
          ref={input}
          id={`${id}-q`}
          type="search"
          value={query.draft}
          placeholder='Find words or a "phrase"'
          title='Every word must occur in a paragraph; words in "quotes" must occur as written'
          aria-describedby={`${id}-status`}
          onChange={(e) => query.setDraft(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              // Enter searches at once what is typed, then steps through the hits.
              if (query.pending) query.flush();
              else step(e.shiftKey ? -1 : 1);
            } else if (e.key === 'Escape' && query.draft) {
              e.preventDefault();
              e.stopPropagation();
              query.setDraft('');
            }
          }}
        />
        <span id={`${id}-status`} className="cp-reader-search__status" aria-live="polite">
          {status}
        </span>
        <button type="button" className="cp-icon-button" aria-label="Previous match" title="Previous match (Shift+Enter)" disabled={total === 0} onClick={() => step(-1)}>
          ↑
        </button>
        <button type="button" className="cp-icon-button" aria-label="Next match" title="Next match (Enter)" disabled={total === 0} onClick={() => step(1)}>
          ↓
        </button>
        {total > 0 ? (
          <button type="button" className="cp-icon-button" aria-expanded={showResults} aria-controls={`${id}-results`} aria-label={showResults ? 'Hide the list of results' : 'Show the list of results'} onClick={() => setShowResults((v) => !v)}>
            ☰
          </button>
        ) : null}
      </div>
      {total > 0 && showResults ? <SearchResults id={`${id}-results`} search={search} active={active} /> : null}
    </div>
  );
}
