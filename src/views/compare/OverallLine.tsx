import type { OverallAgreement } from '../../domain/compare';
import { QUESTION_STATUS, STATUS_ORDER } from './status';
import { StatusBadge } from './StatusBadge';

/** The comparison in one line ("Disagree on 4 of 6 questions…"), with the questions counted by status. */
export function OverallLine({ overall }: { overall: OverallAgreement }) {
  const counted = STATUS_ORDER.filter((s) => overall.counts[s] > 0);
  return (
    <section className="cp-overall" aria-label="Overall agreement">
      <p className="cp-overall__line">{overall.line}</p>
      {counted.length > 0 ? (
        <ul className="cp-overall__tally" aria-label="Questions by agreement">
          {counted.map((s) => (
            <li key={s}>
              <StatusBadge look={QUESTION_STATUS[s]} detail={`× ${overall.counts[s]}`} />
            </li>
          ))}
        </ul>
      ) : null}
      <p className="cp-overall__key">
        <span aria-hidden="true">★</span> central claim · <span aria-hidden="true">▼</span> objections to the claims · works that{' '}
        <span className="cp-stance--supports">✓ support</span>, <span className="cp-stance--challenges">✕ challenge</span> or{' '}
        <span className="cp-stance--complicates">≈ complicate</span> them · <span aria-hidden="true">↗</span> show on the map
      </p>
    </section>
  );
}
