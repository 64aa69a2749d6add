import type { HeldClaim } from '../../domain/compare';
import { selectIsSelected, useCounterpoint } from '../../store';
import { useNodeActions } from './useNodeActions';

/**
 * A claim in the comparison: its name selects it (its details open beside the view), the
 * arrow opens it on the map. A claim answering other questions too says so, since it then
 * appears in their rows as well.
 */
export function ClaimButton({ claim, questionId }: { claim: HeldClaim; questionId: string }) {
  const actions = useNodeActions();
  const selected = useCounterpoint(selectIsSelected(claim.id));
  const questions = useCounterpoint((s) => s.doc.questions);
  const others = claim.answers.filter((q) => q !== questionId);
  const otherText = others.map((q) => questions.find((x) => x.id === q)?.text ?? q).join('\n');
  return (
    <div className={`cp-claim${selected ? ' cp-claim--selected' : ''}`}>
      <button type="button" className="cp-claim__name" title={claim.text} onClick={() => actions.select(claim.id)}>
        {claim.central ? (
          <span className="cp-claim__central" title="Central claim">
            <span aria-hidden="true">★ </span>
            <span className="cp-visually-hidden">Central: </span>
          </span>
        ) : null}
        {claim.kind === 'objection' ? <span className="cp-claim__kind">Objection · </span> : null}
        {claim.label}
      </button>
      <button type="button" className="cp-claim__map" aria-label={`Show “${claim.label}” on the map`} title="Show on the map" onClick={() => actions.showOnMap(claim.id)}>
        <span aria-hidden="true">↗</span>
      </button>
      {others.length > 0 ? (
        <span className="cp-claim__also" title={`Also answers:\n${otherText}`}>
          also answers {others.length} other question{others.length === 1 ? '' : 's'}
        </span>
      ) : null}
    </div>
  );
}
