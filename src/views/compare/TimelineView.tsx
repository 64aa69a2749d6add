import { useMemo, type CSSProperties } from 'react';
import { shiftsOf, startYear, timelineOf, type Timeline } from '../../domain/compare';
import { useCounterpoint } from '../../store';
import { PositionHeading } from './PositionHeading';
import { TimelineCell } from './TimelineCell';

/**
 * The chosen positions in the order they were held, a column each on an axis of years,
 * with each question's answers along its row: where an answer breaks with the one before
 * it in time, the cell marks a shift (Lenin's by April 1917, for one).
 */
export function TimelineView({ ids }: { ids: readonly string[] }) {
  const doc = useCounterpoint((s) => s.doc);
  const timeline = useMemo(() => timelineOf(doc, ids), [doc, ids]);
  const label = (id: string) => timeline.entries.find((e) => e.position.id === id)?.position.label ?? id;
  return (
    <>
      <ShiftList timeline={timeline} label={label} />
      <div className="cp-matrix-frame">
        <table className="cp-timeline" style={{ '--cp-columns': timeline.entries.length } as CSSProperties}>
          <caption className="cp-visually-hidden">The chosen positions in order of period, and each one's answer to every question, marked where it shifts from the answer before it.</caption>
          <thead>
            <tr>
              <th scope="col">Question</th>
              {timeline.entries.map(({ position }, i) => (
                <th key={position.id} scope="col" className="cp-timeline__when">
                  <span className="cp-timeline__year">{startYear(position) ?? 'Undated'}</span>
                  <span className="cp-timeline__gap">{gapText(startYear(timeline.entries[i - 1]?.position ?? position), startYear(position), i)}</span>
                  <PositionHeading position={position} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {timeline.questions.map((q) => (
              <tr key={q.question.id} data-question={q.question.id}>
                <th scope="row">{q.question.text}</th>
                {timeline.entries.map(({ position, claims }) => (
                  <td key={position.id}>
                    <TimelineCell step={q.steps.find((s) => s.positionId === position.id)} claims={claims} questionId={q.question.id} label={label} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}

/** How long after the column before it a position starts: "12 years later", "same year". */
function gapText(before: number | undefined, year: number | undefined, column: number): string {
  if (column === 0 || before === undefined || year === undefined) return '';
  const years = year - before;
  return years === 0 ? 'same year' : years === 1 ? 'a year later' : `${years} years later`;
}

function ShiftList({ timeline, label }: { timeline: Timeline; label: (id: string) => string }) {
  const shifts = shiftsOf(timeline);
  const question = (id: string) => timeline.questions.find((q) => q.question.id === id)!.question.text;
  if (shifts.length === 0) {
    return <p className="cp-shifts">Among the chosen positions, no answer breaks with the answer before it in time.</p>;
  }
  // A long list would push the table out of view; the cells mark every break as well.
  return (
    <details className="cp-shifts" open={shifts.length <= 3}>
      <summary>
        <span aria-hidden="true">↯ </span>
        {shifts.length} break{shifts.length === 1 ? '' : 's'} with the answer before, where the debate turned
      </summary>
      <ul>
        {shifts.map((s) => (
          <li key={`${s.questionId}:${s.to}`}>
            <strong>{question(s.questionId)}</strong> {label(s.to)} {s.status === 'mixed' ? 'partly breaks' : 'breaks'} with {label(s.from)}.
          </li>
        ))}
      </ul>
    </details>
  );
}
