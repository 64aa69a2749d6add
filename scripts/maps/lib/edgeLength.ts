import { nodeSize, overlappingPairs } from '../../../src/domain/nodeSize';
import type { ArgumentMap } from '../../../src/domain/schema/map';

/** An edge longer than this (in flow units) cannot be followed at a zoom where its ends are legible. */
export const LONG_EDGE = 1200;

/** No edge of a default map may run further than this: fifteen claim cards, most of a large map. */
export const MAX_EDGE = 15 * nodeSize('claim').width;

/**
 * How far an edge runs on the canvas: the straight distance between the points where it
 * leaves and enters its nodes, by the canvas's rule (top to bottom when one node lies above
 * the other, side to side when they overlap vertically or the edge is a contrast).
 * Undercuts aim at an edge, not a node, and are measured to that edge's midpoint.
 */
export function edgeLengths(map: ArgumentMap): { id: string; relation: string; length: number }[] {
  const nodes = new Map(map.nodes.map((n) => [n.id, n]));
  const box = (id: string) => {
    const n = nodes.get(id)!;
    const at = map.layout[id]!;
    return { ...at, ...nodeSize(n.kind) };
  };
  const anchors = (from: string, to: string, sideways: boolean) => {
    const a = box(from);
    const b = box(to);
    const ac = { x: a.x + a.width / 2, y: a.y + a.height / 2 };
    const bc = { x: b.x + b.width / 2, y: b.y + b.height / 2 };
    if (sideways || Math.abs(ac.y - bc.y) < (a.height + b.height) / 2) {
      const right = ac.x <= bc.x;
      return [
        { x: right ? a.x + a.width : a.x, y: ac.y },
        { x: right ? b.x : b.x + b.width, y: bc.y },
      ] as const;
    }
    const up = ac.y > bc.y;
    return [
      { x: ac.x, y: up ? a.y : a.y + a.height },
      { x: bc.x, y: up ? b.y + b.height : b.y },
    ] as const;
  };
  const edges = new Map(map.edges.map((e) => [e.id, e]));
  return map.edges.map((e) => {
    let length: number;
    if (e.relation === 'undercuts') {
      const target = edges.get(e.to)!;
      const [p, q] = anchors(target.from, target.to, target.relation === 'contrasts');
      const mid = { x: (p.x + q.x) / 2, y: (p.y + q.y) / 2 };
      const a = box(e.from);
      length = Math.hypot(a.x + a.width / 2 - mid.x, a.y - mid.y);
    } else {
      const [p, q] = anchors(e.from, e.to, e.relation === 'contrasts');
      length = Math.hypot(p.x - q.x, p.y - q.y);
    }
    return { id: e.id, relation: e.relation, length };
  });
}

/**
 * The lengths of a map's links (but undercuts) for any layout of its nodes, with the map's
 * sizes and ends worked out once: what a layout search measures thousands of times.
 */
export function edgeMeasure(map: Pick<ArgumentMap, 'nodes' | 'edges'>): (layout: Readonly<Record<string, { x: number; y: number }>>) => number[] {
  const kinds = new Map(map.nodes.map((n) => [n.id, nodeSize(n.kind)]));
  const ends = map.edges
    .filter((e) => e.relation !== 'undercuts')
    .map((e) => ({ from: e.from, to: e.to, a: kinds.get(e.from)!, b: kinds.get(e.to)!, sideways: e.relation === 'contrasts' }));
  return (layout) =>
    ends.map(({ from, to, a, b, sideways }) => {
      const p = layout[from]!;
      const q = layout[to]!;
      const ay = p.y + a.height / 2;
      const by = q.y + b.height / 2;
      const ax = p.x + a.width / 2;
      const bx = q.x + b.width / 2;
      if (sideways || Math.abs(ay - by) < (a.height + b.height) / 2) {
        const dx = ax <= bx ? q.x - (p.x + a.width) : p.x - (q.x + b.width);
        return Math.hypot(dx, ay - by);
      }
      const dy = ay > by ? p.y - (q.y + b.height) : q.y - (p.y + a.height);
      return Math.hypot(ax - bx, dy);
    });
}

export interface LayoutFigures {
  readonly nodes: number;
  readonly passages: number;
  readonly edges: number;
  readonly totalLength: number;
  readonly median: number;
  readonly p95: number;
  readonly longEdges: number;
  readonly longest: number;
  /** Pairs of nodes closer than MIN_GAP units (overlapping ones included). */
  readonly crowded: number;
  readonly width: number;
  readonly height: number;
}

/** Nodes of a default map keep at least this far apart. */
export const MIN_GAP = 24;

/** The length below which a share `q` (0 to 1) of the lengths lie, by the nearest rank. */
function quantile(sorted: readonly number[], q: number): number {
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]! : 0;
}

export function layoutFigures(map: ArgumentMap): LayoutFigures {
  const lengths = edgeLengths(map);
  const sorted = lengths.map((l) => l.length).sort((a, b) => a - b);
  const boxes = map.nodes.map((n) => ({ id: n.id, ...map.layout[n.id]!, ...nodeSize(n.kind) }));
  const xs = map.nodes.map((n) => [map.layout[n.id]!.x, map.layout[n.id]!.x + nodeSize(n.kind).width]).flat();
  const ys = map.nodes.map((n) => [map.layout[n.id]!.y, map.layout[n.id]!.y + nodeSize(n.kind).height]).flat();
  return {
    nodes: map.nodes.length,
    passages: map.nodes.filter((n) => n.kind === 'passage').length,
    edges: lengths.length,
    totalLength: Math.round(lengths.reduce((s, l) => s + l.length, 0)),
    median: Math.round(quantile(sorted, 0.5)),
    p95: Math.round(quantile(sorted, 0.95)),
    longEdges: lengths.filter((l) => l.length > LONG_EDGE).length,
    longest: Math.round(sorted.at(-1) ?? 0),
    crowded: overlappingPairs(boxes, MIN_GAP).length,
    width: Math.round(Math.max(...xs) - Math.min(...xs)),
    height: Math.round(Math.max(...ys) - Math.min(...ys)),
  };
}
