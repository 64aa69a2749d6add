import type { Point } from '../../domain/schema/layout';
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
  const at = doc.layout[anchorId];
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
  const missing = doc.nodes.filter((n) => !doc.layout[n.id]);
  for (let pass = 0; pass < 2 && missing.length > 0; pass++) {
    for (let i = missing.length - 1; i >= 0; i--) {
      const node = missing[i]!;
      const up = doc.edges.find((e) => e.from === node.id && working.layout[e.to]);
      const down = doc.edges.find((e) => e.to === node.id && working.layout[e.from]);
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

/** Beyond this many unplaced nodes, placing them one by one is too slow: the canvas runs ELK instead. */
export const PLACE_ONE_BY_ONE_LIMIT = 300;

/**
 * The map with every node that has no position placed beside a neighbour, or the same map
 * when all are placed (or too many are missing: see PLACE_ONE_BY_ONE_LIMIT).
 */
export function withPlacedNodes(doc: ArgumentMap): ArgumentMap {
  let missing = 0;
  for (const n of doc.nodes) if (!doc.layout[n.id]) missing++;
  if (missing === 0 || missing > PLACE_ONE_BY_ONE_LIMIT) return doc;
  return { ...doc, layout: { ...doc.layout, ...placeUnplaced(doc) } };
}
