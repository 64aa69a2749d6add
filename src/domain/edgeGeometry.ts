import { nodeSize } from './nodeSize';

/**
 * Where the canvas draws a link, as pure geometry, so a picture of the map (or any renderer)
 * draws links exactly where the canvas does. Copied from src/canvas/geometry (handles.ts,
 * paths.ts) and React Flow's getBezierPath, without React Flow.
 */
export type Side = 'top' | 'bottom' | 'left' | 'right';

export interface Point {
  readonly x: number;
  readonly y: number;
}

export interface Placed {
  readonly kind: string;
  readonly at: Point;
}

/** The handles' size on the canvas: a link ends at the outer edge of its handle, half of it past the card. */
export const HANDLE_SIZE = 10;

/** Where a link attached to a side of a node starts or ends. */
export function anchorPoint(kind: string, at: Point, side: Side): Point {
  const { width, height } = nodeSize(kind);
  const h = HANDLE_SIZE / 2;
  switch (side) {
    case 'top':
      return { x: at.x + width / 2, y: at.y - h };
    case 'bottom':
      return { x: at.x + width / 2, y: at.y + height + h };
    case 'left':
      return { x: at.x - h, y: at.y + height / 2 };
    case 'right':
      return { x: at.x + width + h, y: at.y + height / 2 };
  }
}

/**
 * The sides a link uses between two placed nodes: top-to-bottom when one lies above the other,
 * side-to-side when they overlap vertically or the relation is a contrast.
 */
export function edgeSides(from: Placed, to: Placed, sideways = false): { source: Side; target: Side } {
  const a = nodeSize(from.kind);
  const b = nodeSize(to.kind);
  const fromCenter = { x: from.at.x + a.width / 2, y: from.at.y + a.height / 2 };
  const toCenter = { x: to.at.x + b.width / 2, y: to.at.y + b.height / 2 };
  const overlapY = Math.abs(fromCenter.y - toCenter.y) < (a.height + b.height) / 2;
  if (sideways || overlapY) {
    return fromCenter.x <= toCenter.x ? { source: 'right', target: 'left' } : { source: 'left', target: 'right' };
  }
  return fromCenter.y > toCenter.y ? { source: 'top', target: 'bottom' } : { source: 'bottom', target: 'top' };
}

function controlOffset(distance: number, curvature: number): number {
  return distance >= 0 ? 0.5 * distance : curvature * 25 * Math.sqrt(-distance);
}

function control(side: Side, from: Point, to: Point, curvature: number): Point {
  switch (side) {
    case 'left':
      return { x: from.x - controlOffset(from.x - to.x, curvature), y: from.y };
    case 'right':
      return { x: from.x + controlOffset(to.x - from.x, curvature), y: from.y };
    case 'top':
      return { x: from.x, y: from.y - controlOffset(from.y - to.y, curvature) };
    case 'bottom':
      return { x: from.x, y: from.y + controlOffset(to.y - from.y, curvature) };
  }
}

export interface LinkPath {
  /** An SVG path: one cubic Bézier curve. */
  readonly path: string;
  /** The curve's middle (t = 0.5): where the relation's sign sits and where undercuts aim. */
  readonly mid: Point;
}

/** The curve every relation is drawn with between two anchor points (React Flow's bezier edge, curvature 0.25). */
export function linkPath(source: Point, sourceSide: Side, target: Point, targetSide: Side, curvature = 0.25): LinkPath {
  const c1 = control(sourceSide, source, target, curvature);
  const c2 = control(targetSide, target, source, curvature);
  return {
    path: `M${source.x},${source.y} C${c1.x},${c1.y} ${c2.x},${c2.y} ${target.x},${target.y}`,
    mid: {
      x: source.x * 0.125 + c1.x * 0.375 + c2.x * 0.375 + target.x * 0.125,
      y: source.y * 0.125 + c1.y * 0.375 + c2.y * 0.375 + target.y * 0.125,
    },
  };
}

/** The curve of the link between two placed nodes. */
export function linkBetween(from: Placed, to: Placed, sideways = false): LinkPath {
  const sides = edgeSides(from, to, sideways);
  return linkPath(anchorPoint(from.kind, from.at, sides.source), sides.source, anchorPoint(to.kind, to.at, sides.target), sides.target);
}

/** The curve of an undercut: from its node to the middle of the link it denies, entering from above or below. */
export function undercutPath(from: Placed, linkMid: Point): LinkPath {
  const size = nodeSize(from.kind);
  const below = from.at.y + size.height / 2 >= linkMid.y;
  const source: Side = below ? 'top' : 'bottom';
  return linkPath(anchorPoint(from.kind, from.at, source), source, linkMid, below ? 'bottom' : 'top');
}
