import { nodeSize, type Box } from '../nodeSize';
import type { Layout, Point } from '../schema/layout';
import type { ArgumentMap } from '../schema/map';
import { swimlaneLayout, type SwimLane, type SwimlaneLayout, type SwimRow } from './swimlanes';

/**
 * The node kinds the swimlanes show: what positions hold. Passages, works and notes stay in
 * the free layout; each claim card already counts its passages and readings, and setting
 * them under their claims would make rows several times taller and push rival answers apart.
 */
export const LANE_KINDS: ReadonlySet<string> = new Set(['claim', 'objection']);

export type LaneBounds = Omit<Box, 'id'>;

/** The canvas's swimlane mode: lanes, rows, and where each claim and objection is drawn. */
export interface LaneView {
  /** One lane per position, in map order, and a last one (`positionId` null) for claims no position holds. */
  readonly lanes: readonly SwimLane[];
  readonly rows: readonly SwimRow[];
  /** Top-left of every node the lanes show: where the user left it, else where the lanes place it. */
  readonly positions: Readonly<Record<string, Point>>;
  /** Top-left of each shown node's cell (its lane's left edge, its row's top); saved positions are relative to it. */
  readonly cells: Readonly<Record<string, Point>>;
  /** Around every lane and every shown node, dragged ones included. */
  readonly bounds: LaneBounds;
}

let lastPlan: { key: readonly unknown[]; plan: SwimlaneLayout } | null = null;

/** The computed lanes depend on nodes, positions and questions only, so dragging (which changes layouts) reuses them. */
function plan(map: ArgumentMap): SwimlaneLayout {
  const key = [map.nodes, map.positions, map.questions];
  if (lastPlan && key.every((k, i) => k === lastPlan!.key[i])) return lastPlan.plan;
  const planned = swimlaneLayout(map, undefined, { unattributed: true });
  lastPlan = { key, plan: planned };
  return planned;
}

const views = new WeakMap<ArgumentMap, LaneView>();

/**
 * Where the swimlanes draw each claim and objection. `laneLayout` keeps what the user moved
 * as offsets from the node's cell, so a moved node stays put when the lanes are left and
 * reopened, follows its lane when its position changes or a lane is added, and keeps its
 * place in its row when rows above grow. Nodes never moved sit where `swimlaneLayout` puts them.
 */
export function laneView(map: ArgumentMap): LaneView {
  const hit = views.get(map);
  if (hit) return hit;
  const { lanes, rows, placements } = plan(map);
  const saved = map.laneLayout ?? {};
  const positions: Record<string, Point> = {};
  const cells: Record<string, Point> = {};
  const laneX = new Map(lanes.map((l) => [l.positionId, l.x]));
  const rowY = new Map(rows.map((r) => [r.questionId, r.y]));
  for (const p of placements) {
    const cell = { x: laneX.get(p.positionId)!, y: rowY.get(p.questionId)! };
    const offset = saved[p.nodeId];
    cells[p.nodeId] = cell;
    positions[p.nodeId] = offset ? { x: cell.x + offset.x, y: cell.y + offset.y } : { x: p.x, y: p.y };
  }
  const view = { lanes, rows, positions, cells, bounds: boundsOf(map, lanes, rows, positions) };
  views.set(map, view);
  return view;
}

function boundsOf(map: ArgumentMap, lanes: readonly SwimLane[], rows: readonly SwimRow[], positions: Record<string, Point>): LaneBounds {
  const kinds = new Map(map.nodes.map((n) => [n.id, n.kind]));
  const boxes = [
    ...lanes.map((l) => ({ x: l.x, y: rows[0]?.y ?? 0, right: l.x + l.width, bottom: rows.length ? rows.at(-1)!.y + rows.at(-1)!.height : 0 })),
    ...Object.entries(positions).map(([id, p]) => {
      const size = nodeSize(kinds.get(id) ?? 'claim');
      return { x: p.x, y: p.y, right: p.x + size.width, bottom: p.y + size.height };
    }),
  ];
  if (boxes.length === 0) return { x: 0, y: 0, width: 0, height: 0 };
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  return { x, y, width: Math.max(...boxes.map((b) => b.right)) - x, height: Math.max(...boxes.map((b) => b.bottom)) - y };
}

/**
 * Moves nodes in the swimlanes: `positions` are top-left corners on the canvas, saved as
 * offsets from each node's cell (rounded to hundredths, as layouts are). Nodes the lanes do
 * not show are ignored. Returns the same map when nothing moves, so no undo step is made.
 */
export function moveInLanes(map: ArgumentMap, positions: Readonly<Record<string, Point>>): ArgumentMap {
  const { cells } = laneView(map);
  const saved: Layout = { ...map.laneLayout };
  let changed = false;
  for (const [id, p] of Object.entries(positions)) {
    const cell = cells[id];
    if (!cell) continue;
    const offset = { x: round(p.x - cell.x), y: round(p.y - cell.y) };
    const old = saved[id];
    if (old && old.x === offset.x && old.y === offset.y) continue;
    saved[id] = offset;
    changed = true;
  }
  return changed ? { ...map, laneLayout: saved } : map;
}

/** The map with the swimlanes as they first come: every saved move forgotten. */
export function resetLanes(map: ArgumentMap): ArgumentMap {
  if (map.laneLayout === undefined) return map;
  const { laneLayout: _forgotten, ...rest } = map;
  return rest;
}

function round(n: number): number {
  return Math.round(n * 100) / 100;
}
