import { nodeSize } from '../nodeSize';
import type { Point } from '../schema/layout';
import type { ArgumentMap } from '../schema/map';
import { heldBy } from './holdings';
import type { HeldClaim } from './types';

export interface SwimlaneOptions {
  /** Top-left corner of the first lane's first row; leave room above it for lane headers. */
  readonly origin?: Point;
  /** Clear space between lanes, wide enough for `contrasts` edges to read across. */
  readonly laneGap?: number;
  /** Clear space between question rows. */
  readonly rowGap?: number;
  /** Clear space between claims of one position stacked in one row. */
  readonly stackGap?: number;
  /**
   * Adds a last lane (`positionId` null) for the claims and objections no position holds,
   * when there are any, so that a canvas showing the lanes leaves none of them out.
   */
  readonly unattributed?: boolean;
}

export interface SwimLane {
  /** The position of the lane; null for the lane of claims no position holds. */
  readonly positionId: string | null;
  readonly x: number;
  readonly width: number;
}

/** A band across all lanes; `questionId` null is the last band, for claims that answer no question. */
export interface SwimRow {
  readonly questionId: string | null;
  readonly y: number;
  readonly height: number;
}

export interface SwimPlacement {
  readonly nodeId: string;
  readonly positionId: string | null;
  readonly questionId: string | null;
  /** Top-left corner, as React Flow positions nodes. */
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface SwimlaneLayout {
  readonly lanes: readonly SwimLane[];
  readonly rows: readonly SwimRow[];
  readonly placements: readonly SwimPlacement[];
  /** The placements as a layout (node id -> top-left), ready to hand to the canvas. */
  readonly positions: Readonly<Record<string, Point>>;
}

const DEFAULTS = { origin: { x: 0, y: 0 }, laneGap: 120, rowGap: 80, stackGap: 24, unattributed: false } as const;

/**
 * One lane per position (in the order given; all of the map's by default) and one row per
 * question (map order), so rival answers sit side by side. Each claim or objection a lane's
 * position holds goes in the row of the first question it answers (a node is drawn once),
 * stacked with the position's other answers to that question; rows grow to their tallest
 * stack, so nothing overlaps. Other nodes (passages, works, notes) are left to the canvas.
 * Ids the map does not define as positions are skipped. The result depends only on the
 * map, so switching to the swimlanes and back never reshuffles the free layout.
 */
export function swimlaneLayout(map: ArgumentMap, positionIds?: readonly string[], options: SwimlaneOptions = {}): SwimlaneLayout {
  const { origin, laneGap, rowGap, stackGap, unattributed } = { ...DEFAULTS, ...options };
  const known = new Set(map.positions.map((p) => p.id));
  const laneIds: (string | null)[] = positionIds ? [...new Set(positionIds)].filter((id) => known.has(id)) : map.positions.map((p) => p.id);
  if (unattributed && heldBy(map, null).length > 0) laneIds.push(null);
  const questionOrder = map.questions.map((q) => q.id);
  const rowOf = (claim: HeldClaim): string | null => questionOrder.find((q) => claim.answers.includes(q)) ?? null;

  // cells[row][lane]: the claims stacked there, central first as in the comparison.
  const rowIds: (string | null)[] = [...questionOrder];
  const cells = new Map<string | null, HeldClaim[][]>(rowIds.map((q) => [q, laneIds.map(() => [])]));
  laneIds.forEach((positionId, lane) => {
    for (const claim of heldBy(map, positionId)) {
      const row = rowOf(claim);
      if (!cells.has(row)) {
        rowIds.push(row);
        cells.set(row, laneIds.map(() => []));
      }
      cells.get(row)![lane]!.push(claim);
    }
  });
  for (const stacks of cells.values()) for (const stack of stacks) stack.sort((a, b) => Number(b.central) - Number(a.central));

  const claimSize = nodeSize('claim');
  const laneWidth = Math.max(claimSize.width, ...[...cells.values()].flat(2).map((c) => nodeSize(c.kind).width));
  const lanes = laneIds.map((positionId, i) => ({ positionId, x: origin.x + i * (laneWidth + laneGap), width: laneWidth }));
  const stackHeight = (stack: readonly HeldClaim[]) =>
    stack.reduce((sum, c, i) => sum + nodeSize(c.kind).height + (i > 0 ? stackGap : 0), 0);

  const rows: SwimRow[] = [];
  const placements: SwimPlacement[] = [];
  let y = origin.y;
  for (const questionId of rowIds) {
    const stacks = cells.get(questionId)!;
    const height = Math.max(claimSize.height, ...stacks.map(stackHeight));
    rows.push({ questionId, y, height });
    stacks.forEach((stack, lane) => {
      let top = y;
      for (const claim of stack) {
        const size = nodeSize(claim.kind);
        const x = lanes[lane]!.x + (laneWidth - size.width) / 2;
        placements.push({ nodeId: claim.id, positionId: laneIds[lane]!, questionId, x, y: top, ...size });
        top += size.height + stackGap;
      }
    });
    y += height + rowGap;
  }
  return { lanes, rows, placements, positions: Object.fromEntries(placements.map((p) => [p.nodeId, { x: p.x, y: p.y }])) };
}
