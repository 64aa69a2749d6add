import { snippetOf } from '../../domain/reader/search';
import { readerStore } from './readerState';
import type { ActiveSource } from './useActiveSource';
import type { SourceSearch } from './useSourceSearch';

/** One line per paragraph with hits: its number, a snippet around the first hit, and how many more. */
export function SearchResults({ id, search, active }: { id: string; search: SourceSearch; active: ActiveSource }) {
  const currentParagraph = search.currentHit?.paragraph;
  return (
    <ol id={id} className="cp-reader-results" aria-label={`${search.groups.length} paragraphs with matches`}>
      {search.groups.map((g) => {
        const paragraph = active.paragraphs[g.paragraph - 1]!;
        const s = snippetOf(active.text, paragraph, g.hits[0]!);
        return (
          <li key={g.paragraph}>
            <button
              type="button"
              className="cp-reader-results__item"
              aria-current={g.paragraph === currentParagraph ? 'true' : undefined}
              onClick={() => readerStore.getState().setHitIndex(g.first)}
            >
              <span className="cp-reader-results__num">¶ {g.paragraph}</span>
              <span className="cp-reader-results__snippet">
                {s.before}
                <mark>{s.match}</mark>
                {s.after}
              </span>
              {g.hits.length > 1 ? <span className="cp-reader-results__more">{g.hits.length}×</span> : null}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
