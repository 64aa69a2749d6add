import type { HeldClaim, PairAgreement, TimelineStep } from '../../domain/compare';
import { NO_STATED_POSITION } from '../../formats/compare/cellText';
import { ClaimButton } from './ClaimButton';
import { STEP_STATUS } from './status';
import { StatusBadge } from './StatusBadge';

interface TimelineCellProps {
  readonly step: TimelineStep | undefined;
  readonly claims: readonly HeldClaim[];
  readonly questionId: string;
  readonly label: (positionId: string) => string;
}

/** One position's answer on the timeline, and how it stands to the answer before it in time. */
export function TimelineCell({ step, claims, questionId, label }: TimelineCellProps) {
  if (!step) return <p className="cp-cell__empty">{NO_STATED_POSITION}</p>;
  const since = step.sincePrevious;
  const status = since && since.status !== 'unanswered' ? since.status : null;
  return (
    <div className={`cp-cell${status === 'disagree' || status === 'mixed' ? ' cp-cell--shift' : ''}`}>
      {status ? <StatusBadge look={stepLook(since!)} detail={label(since!.a)} /> : <span className="cp-step-first">First stated</span>}
      <ul className="cp-cell__claims">
        {step.claimIds.map((id) => {
          const claim = claims.find((c) => c.id === id);
          return claim ? (
            <li key={id}>
              <ClaimButton claim={claim} questionId={questionId} />
            </li>
          ) : null;
        })}
      </ul>
      {step.earlier.length > 0 ? (
        <ul className="cp-step-earlier" aria-label="Earlier answers it is linked to">
          {step.earlier.map((pair) => (
            <li key={pair.a}>
              <StatusBadge look={stepLook(pair)} detail={label(pair.a)} />
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** "Breaks with", "Agrees with" or "Same claim as" the answer it is compared with. */
function stepLook(pair: PairAgreement) {
  if (pair.status === 'agree' && pair.shared.length > 0) return { ...STEP_STATUS.agree, label: 'Same claim as' };
  return STEP_STATUS[pair.status as keyof typeof STEP_STATUS];
}
