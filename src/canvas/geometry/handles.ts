import { Position, type NodeHandle, type XYPosition } from '@xyflow/react';
import { nodeSize } from '../../domain/nodeSize';

/**
 * Every node has a source and a target handle on each side. Edges pick sides from where
 * their ends lie (a reason below its claim leaves from its top and enters the claim's
 * bottom), so arrows always run the short way, whichever way the user arranges the map.
 * Handles are declared on the flow node as well as drawn, so React Flow never measures
 * them and edges to nodes outside the view (not rendered) are still drawn.
 */
export type Side = 'top' | 'bottom' | 'left' | 'right';
export type HandleId = `${Side}-${'source' | 'target'}`;

export const HANDLE_SIZE = 10;

const POSITIONS: Record<Side, Position> = { top: Position.Top, bottom: Position.Bottom, left: Position.Left, right: Position.Right };

export function sidePosition(side: Side): Position {
  return POSITIONS[side];
}

/** Top-left corner of a handle's box, relative to its node, centred on the node's border. */
function handleBox(side: Side, width: number, height: number): XYPosition {
  const h = HANDLE_SIZE / 2;
  switch (side) {
    case 'top':
      return { x: width / 2 - h, y: -h };
    case 'bottom':
      return { x: width / 2 - h, y: height - h };
    case 'left':
      return { x: -h, y: height / 2 - h };
    case 'right':
      return { x: width - h, y: height / 2 - h };
  }
}

const SIDES: readonly Side[] = ['top', 'bottom', 'left', 'right'];
const handleCache = new Map<string, NodeHandle[]>();

/** The handles of a node kind, shared by every node of that kind. */
export function nodeHandles(kind: string): NodeHandle[] {
  let hit = handleCache.get(kind);
  if (!hit) {
    const { width, height } = nodeSize(kind);
    hit = SIDES.flatMap((side) =>
      (['source', 'target'] as const).map((type) => ({
        id: `${side}-${type}`,
        type,
        position: POSITIONS[side],
        ...handleBox(side, width, height),
        width: HANDLE_SIZE,
        height: HANDLE_SIZE,
      })),
    );
    handleCache.set(kind, hit);
  }
  return hit;
}

/** Where an edge attached to a side of a node starts or ends, in flow coordinates. */
export function anchorPoint(kind: string, at: XYPosition, side: Side): XYPosition {
  const { width, height } = nodeSize(kind);
  const box = handleBox(side, width, height);
  const x = at.x + box.x;
  const y = at.y + box.y;
  // The same rule React Flow applies to a handle's box (getHandlePosition).
  switch (side) {
    case 'top':
      return { x: x + HANDLE_SIZE / 2, y };
    case 'bottom':
      return { x: x + HANDLE_SIZE / 2, y: y + HANDLE_SIZE };
    case 'left':
      return { x, y: y + HANDLE_SIZE / 2 };
    case 'right':
      return { x: x + HANDLE_SIZE, y: y + HANDLE_SIZE / 2 };
  }
}

export interface Placed {
  readonly kind: string;
  readonly at: XYPosition;
}

/**
 * The sides an edge uses between two placed nodes: top-to-bottom when one lies above the
 * other, side-to-side when they overlap vertically or the relation is a contrast.
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
