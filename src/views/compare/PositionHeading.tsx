import type { CSSProperties } from 'react';
import type { Position } from '../../domain/schema/position';

/** A column's head: the position's colour, label and period. */
export function PositionHeading({ position, extra }: { position: Position; extra?: string }) {
  return (
    <div className="cp-poshead" style={{ '--cp-position': position.color } as CSSProperties}>
      <span className="cp-poshead__label">{position.label}</span>
      {position.period || extra ? (
        <span className="cp-poshead__period">
          {position.period}
          {position.period && extra ? ' · ' : ''}
          {extra}
        </span>
      ) : null}
    </div>
  );
}
