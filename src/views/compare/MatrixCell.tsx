import { STANCE_STYLES } from '../../ui/relationStyles';
import { STANCES } from '../../domain/schema/edge';
import type { ComparisonCell } from '../../domain/compare';
import { NO_STATED_POSITION, shortQuote } from '../../formats/compare/cellText';
import { selectNeedsReview, useCounterpoint } from '../../store';
import { ClaimButton } from './ClaimButton';
import { useNodeActions } from './useNodeActions';

/** Longest quote a cell shows, in characters; the whole passage is one click away. */
const CELL_QUOTE = 220;

/** What one position says on one question: its claims, its strongest passage, and how contested it is. */
export function MatrixCell({ cell }: { cell: ComparisonCell }) {
  if (!cell.stated) return <p className="cp-cell__empty">{NO_STATED_POSITION}</p>;
  return (
    <div className="cp-cell">
      <ul className="cp-cell__claims">
        {cell.claims.map((claim) => (
          <li key={claim.id}>
            <ClaimButton claim={claim} questionId={cell.questionId} />
          </li>
        ))}
      </ul>
      {cell.passage ? <CellQuote id={cell.passage.id} quote={cell.passage.quote} /> : null}
      <CellCounts cell={cell} />
    </div>
  );
}

function CellQuote({ id, quote }: { id: string; quote: string }) {
  const actions = useNodeActions();
  const needsReview = useCounterpoint(selectNeedsReview(id));
  return (
    <div className="cp-cell__quote">
      <button type="button" className="cp-cell__quote-text" title="Show the passage and its context" onClick={() => actions.select(id)}>
        <q>{shortQuote(quote, CELL_QUOTE)}</q>
      </button>
      {needsReview ? (
        <span className="cp-badge cp-badge--review" title="The quote only approximately matches its source; check it in the details panel">
          ⚠ Needs review
        </span>
      ) : null}
    </div>
  );
}

function CellCounts({ cell }: { cell: ComparisonCell }) {
  const objections = cell.objectionIds.length;
  const stances = STANCES.filter((s) => cell.works[s].length > 0);
  if (objections === 0 && stances.length === 0) return null;
  return (
    <p className="cp-cell__counts">
      {objections > 0 ? (
        <span className="cp-count cp-count--con">
          <span aria-hidden="true">▼ </span>
          {objections} objection{objections === 1 ? '' : 's'}
        </span>
      ) : null}
      {stances.length > 0 ? (
        <span className="cp-count" title={stances.map((s) => `${cell.works[s].length} ${s}`).join(', ')}>
          {cell.works.supports.length + cell.works.challenges.length + cell.works.complicates.length > 1 ? 'works' : 'work'}
          {stances.map((s) => (
            <span key={s} className={`cp-count__stance cp-stance--${s}`}>
              <span aria-hidden="true">{STANCE_STYLES[s].glyph}</span>
              {cell.works[s].length}
              <span className="cp-visually-hidden"> {s}</span>
            </span>
          ))}
        </span>
      ) : null}
    </p>
  );
}
