import { placeOf, type Point } from '../../domain/schema/layout';
import type { ArgumentMap } from '../../domain/schema/map';
import { nodeSize } from '../../domain/nodeSize';

/** Clear space kept between a placed node and its neighbours. */
const GAP = { x: 40, y: 90 };
const MARGIN = 16;

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

function boxesOf(doc: ArgumentMap, except: ReadonlySet<string> = new Set()): Box[] {
  const kinds = new Map(doc.nodes.map((n) => [n.id, n.kind]));
  return Object.entries(doc.layout)
    .filter(([id]) => kinds.has(id) && !except.has(id))
    .map(([id, p]) => ({ ...p, ...nodeSize(kinds.get(id)!) }));
}

function collides(box: Box, boxes: readonly Box[]): boolean {
  return boxes.some((b) => box.x < b.x + b.width + MARGIN && b.x < box.x + box.width + MARGIN && box.y < b.y + b.height + MARGIN && b.y < box.y + box.height + MARGIN);
}

/** The first free spot along a row of candidates: the preferred place, then alternately right and left of it. */
function firstFree(start: Point, size: { width: number; height: number }, boxes: readonly Box[], step: number): Point {
  for (let k = 0; k < 200; k++) {
    const offset = k === 0 ? 0 : Math.ceil(k / 2) * step * (k % 2 === 1 ? 1 : -1);
    const candidate = { x: start.x + offset, y: start.y, ...size };
    if (!collides(candidate, boxes)) return { x: candidate.x, y: candidate.y };
  }
  return start;
}

export type Direction = 'above' | 'below';

/**
 * Where a new node of `kind` goes next to an existing node: reasons and evidence below
 * what they argue for, conclusions above, in the first free spot of that row.
 */
export function placeNear(doc: ArgumentMap, anchorId: string, direction: Direction, kind: string): Point {
  const anchorNode = doc.nodes.find((n) => n.id === anchorId);
  const at = placeOf(doc.layout, anchorId);
  if (!anchorNode || !at) return placeFree(doc, { x: 0, y: 0 }, kind);
  const anchor = nodeSize(anchorNode.kind);
  const size = nodeSize(kind);
  const y = direction === 'below' ? at.y + anchor.height + GAP.y : at.y - size.height - GAP.y;
  const x = at.x + anchor.width / 2 - size.width / 2;
  return firstFree({ x, y }, size, boxesOf(doc), size.width + GAP.x);
}

/** Where a new unlinked node goes: centred on a point, moved aside to the first free spot. */
export function placeFree(doc: ArgumentMap, center: Point, kind: string): Point {
  const size = nodeSize(kind);
  const boxes = boxesOf(doc);
  for (let ring = 0; ring < 40; ring++) {
    const y = center.y - size.height / 2 + (ring % 2 === 0 ? 1 : -1) * Math.ceil(ring / 2) * (size.height + MARGIN * 2);
    const spot = firstFree({ x: center.x - size.width / 2, y }, size, boxes, size.width + GAP.x);
    if (!collides({ ...spot, ...size }, boxes)) return spot;
  }
  return { x: center.x - size.width / 2, y: center.y - size.height / 2 };
}

/**
 * Places nodes the map has no position for (an imported map, a pasted fragment) next to
 * a placed neighbour: below what they argue for, above what argues for them. Nodes with
 * no placed neighbour go below everything. Existing positions never move.
 */
export function placeUnplaced(doc: ArgumentMap): Record<string, Point> {
  const placed: Record<string, Point> = {};
  let working = doc;
  const missing = doc.nodes.filter((n) => !placeOf(doc.layout, n.id));
  for (let pass = 0; pass < 2 && missing.length > 0; pass++) {
    for (let i = missing.length - 1; i >= 0; i--) {
      const node = missing[i]!;
      const up = doc.edges.find((e) => e.from === node.id && placeOf(working.layout, e.to));
      const down = doc.edges.find((e) => e.to === node.id && placeOf(working.layout, e.from));
      const isLast = pass === 1;
      if (!up && !down && !isLast) continue;
      const point = up
        ? placeNear(working, up.to, 'below', node.kind)
        : down
          ? placeNear(working, down.from, 'above', node.kind)
          : placeFree(working, { x: 0, y: lowestEdge(working) + 200 }, node.kind);
      placed[node.id] = point;
      working = { ...working, layout: { ...working.layout, [node.id]: point } };
      missing.splice(i, 1);
    }
  }
  return placed;
}

function lowestEdge(doc: ArgumentMap): number {
  const boxes = boxesOf(doc);
  return boxes.length === 0 ? 0 : Math.max(...boxes.map((b) => b.y + b.height));
}

/** Beyond this many unplaced nodes, placing them one by one is too slow: they go on a grid, and the canvas runs ELK. */
export const PLACE_ONE_BY_ONE_LIMIT = 300;

const GRID = { columns: 6, dx: 300, dy: 200, gap: 300 };

/** A map with no positions at all and more nodes than this is laid out whole by ELK rather than node by node. */
export const WHOLE_LAYOUT_FROM = 6;

/** Places nodes on a grid below everything placed: where a large import waits for its layout. */
export function placeOnGrid(doc: ArgumentMap, ids: readonly string[]): Record<string, Point> {
  const top = Math.max(0, ...Object.values(doc.layout).map((p) => p.y)) + GRID.gap;
  return Object.fromEntries(ids.map((id, i) => [id, { x: (i % GRID.columns) * GRID.dx, y: top + Math.floor(i / GRID.columns) * GRID.dy }]));
}

export interface Placed {
  readonly doc: ArgumentMap;
  /** Nodes put on the provisional grid, waiting for a layout (none when each was placed beside a neighbour). */
  readonly provisional: readonly string[];
}

/**
 * The one rule for nodes a map has no position for, wherever they come from (an import, a
 * paste, a node added without a place): beside a placed neighbour, one by one; or, for
 * more than PLACE_ONE_BY_ONE_LIMIT, or a map with no positions at all, on a grid below the
 * rest, marked provisional so the canvas lays them out with ELK. Returns the same map when every node is placed.
 */
export function placeMissing(doc: ArgumentMap): Placed {
  const missing = doc.nodes.filter((n) => !placeOf(doc.layout, n.id)).map((n) => n.id);
  if (missing.length === 0) return { doc, provisional: [] };
  // A map that comes with no layout at all (an Argdown or AIF import) reads better laid out whole by ELK.
  const none = missing.length === doc.nodes.length && missing.length > WHOLE_LAYOUT_FROM;
  if (missing.length <= PLACE_ONE_BY_ONE_LIMIT && !none) return { doc: { ...doc, layout: { ...doc.layout, ...placeUnplaced(doc) } }, provisional: [] };
  return { doc: { ...doc, layout: { ...doc.layout, ...placeOnGrid(doc, missing) } }, provisional: missing };
}

/** `placeMissing` for code that only needs the map. */
export function withPlacedNodes(doc: ArgumentMap): ArgumentMap {
  return placeMissing(doc).doc;
}

/** What a new node joins: a node, or for an undercut the link (an edge id) it denies. */
export interface LinkEnd {
  readonly other: string;
  readonly relation: string;
  /** Whether the new node is the link's `from` (a reason, evidence, a reading) or its `to`. */
  readonly newIs: 'from' | 'to';
}

/**
 * Where a new node linked to another goes: reasons and evidence below what they argue for,
 * conclusions and historians' readings above; an undercut beside the reason of the link it
 * denies, at the link's height.
 */
export function placeForLink(doc: ArgumentMap, link: LinkEnd, kind: string): Point {
  const edge = link.relation === 'undercuts' ? doc.edges.find((e) => e.id === link.other) : undefined;
  if (edge) {
    const at = placeNear(doc, edge.from, 'above', kind);
    const from = placeOf(doc.layout, edge.from);
    return from ? { x: from.x + 300, y: at.y } : at;
  }
  const below = link.newIs === 'from' && link.relation !== 'assesses';
  return placeNear(doc, link.other, below ? 'below' : 'above', kind);
}
