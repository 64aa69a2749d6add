import type { CSSProperties } from 'react';
import type { Comparison } from '../../domain/compare';
import { MatrixCell } from './MatrixCell';
import { PositionHeading } from './PositionHeading';
import { QUESTION_STATUS } from './status';
import { StatusBadge } from './StatusBadge';

/**
 * The matrix: a row per question, a column per position. Each row opens with its question
 * and the verdict on it, so the verdict stays in view with the question column when the
 * table scrolls sideways, and the positions get the width.
 */
export function ComparisonMatrix({ comparison }: { comparison: Comparison }) {
  return (
    <div className="cp-matrix-frame">
      <table className="cp-matrix" style={{ '--cp-columns': comparison.positions.length } as CSSProperties}>
        <caption className="cp-visually-hidden">
          {comparison.positions.map((p) => p.label).join(', ')} on each question of “{comparison.mapTitle}”: whether they agree, and each one's claims,
          strongest passage, objections and works.
        </caption>
        <thead>
          <tr>
            <th scope="col">Question and agreement</th>
            {comparison.positions.map((p) => (
              <th key={p.id} scope="col" data-position={p.id}>
                <PositionHeading position={p} />
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {comparison.rows.map((row) => (
            <tr key={row.question.id} data-question={row.question.id} className={`cp-matrix__row--${QUESTION_STATUS[row.agreement.status].tone}`}>
              <th scope="row">
                <span className="cp-matrix__question">{row.question.text}</span>
                <span className="cp-matrix__agreement">
                  <StatusBadge look={QUESTION_STATUS[row.agreement.status]} />
                  <span className="cp-matrix__summary">{row.agreement.summary.replace(/^[^:]+:\s*/, '')}</span>
                </span>
              </th>
              {row.cells.map((cell) => (
                <td key={cell.positionId} className={cell.stated ? undefined : 'cp-matrix__gap'}>
                  <MatrixCell cell={cell} />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
