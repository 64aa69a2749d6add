import { getBezierPath, type XYPosition } from '@xyflow/react';
import { anchorPoint, edgeSides, sidePosition, type Placed, type Side } from './handles';

export interface LinkPath {
  readonly path: string;
  /** The middle of the curve: where the relation's glyph sits and where undercuts aim. */
  readonly mid: XYPosition;
}

/** The curve every relation is drawn with, between two anchor points. */
export function linkPath(source: XYPosition, sourceSide: Side, target: XYPosition, targetSide: Side): LinkPath {
  const [path, x, y] = getBezierPath({
    sourceX: source.x,
    sourceY: source.y,
    sourcePosition: sidePosition(sourceSide),
    targetX: target.x,
    targetY: target.y,
    targetPosition: sidePosition(targetSide),
  });
  return { path, mid: { x, y } };
}

/** The curve of the link between two placed nodes, with the sides the adapter gives it. */
export function linkBetween(from: Placed, to: Placed, sideways = false): LinkPath & { sides: { source: Side; target: Side } } {
  const sides = edgeSides(from, to, sideways);
  return { ...linkPath(anchorPoint(from.kind, from.at, sides.source), sides.source, anchorPoint(to.kind, to.at, sides.target), sides.target), sides };
}

/** The side of a point to aim at from a node: from below, an undercut enters a link from under it. */
export function sideFacing(from: Placed, fromSize: { width: number; height: number }, point: XYPosition): { source: Side; target: Side } {
  const cy = from.at.y + fromSize.height / 2;
  return cy >= point.y ? { source: 'top', target: 'bottom' } : { source: 'bottom', target: 'top' };
}
