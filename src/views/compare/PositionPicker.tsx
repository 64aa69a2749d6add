import type { CSSProperties } from 'react';
import { MAX_COMPARED_POSITIONS, orderByPeriod } from '../../domain/compare';
import { useCounterpoint, useCounterpointStore } from '../../store';
import { setComparePositions } from './state';

/**
 * The positions to compare, as toggle chips in map order; the number on a chosen chip is
 * its column. A new choice becomes the last column; one position always stays chosen.
 */
export function PositionPicker({ chosen }: { chosen: readonly string[] }) {
  const store = useCounterpointStore();
  const positions = useCounterpoint((s) => s.doc.positions);
  const full = chosen.length >= MAX_COMPARED_POSITIONS;
  const choose = (ids: readonly string[]) => setComparePositions(store, ids);
  const byPeriod = orderByPeriod(positions.filter((p) => chosen.includes(p.id))).map((p) => p.id);
  const ordered = byPeriod.every((id, i) => id === chosen[i]);
  return (
    <fieldset className="cp-picker-chips">
      <legend title={`Choose 2 to ${MAX_COMPARED_POSITIONS} positions; the number on each is its column`}>Positions</legend>
      {positions.map((p) => {
        const column = chosen.indexOf(p.id);
        const on = column >= 0;
        const why = on && chosen.length === 1 ? 'At least one position stays chosen' : !on && full ? `At most ${MAX_COMPARED_POSITIONS} positions side by side` : undefined;
        return (
          <button
            key={p.id}
            type="button"
            className="cp-chip"
            aria-pressed={on}
            disabled={why !== undefined}
            title={why ?? (p.period ? `${p.label} (${p.period})` : p.label)}
            style={{ '--cp-position': p.color } as CSSProperties}
            onClick={() => choose(on ? chosen.filter((id) => id !== p.id) : [...chosen, p.id])}
          >
            <span className="cp-chip__swatch" aria-hidden="true" />
            {p.label}
            {on ? (
              <span className="cp-chip__column">
                <span className="cp-visually-hidden">, column </span>
                {column + 1}
              </span>
            ) : null}
          </button>
        );
      })}
      {chosen.length > 1 ? (
        <button type="button" className="cp-link-button cp-picker-chips__order" disabled={ordered} onClick={() => choose(byPeriod)}>
          Order columns by period
        </button>
      ) : null}
    </fieldset>
  );
}
