import { linkBetween, undercutPath, type LinkPath, type Point } from '../../domain/edgeGeometry';
import { nodeSize } from '../../domain/nodeSize';
import type { Edge } from '../../domain/schema/edge';
import type { ArgumentMap } from '../../domain/schema/map';
import type { MapNode } from '../../domain/schema/node';
import type { CanvasArea } from '../registry/types';
import { placeOf } from '../../domain/schema/layout';

/** A node where the picture draws it, with its card's size. */
export interface PlacedNode {
  readonly node: MapNode;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface DrawnEdge {
  readonly edge: Edge;
  readonly link: LinkPath;
}

/** What a picture shows: the nodes and links, and the part of the canvas it frames. */
export interface Scene {
  readonly nodes: readonly PlacedNode[];
  readonly edges: readonly DrawnEdge[];
  readonly frame: CanvasArea;
}

/** The grid the canvas puts nodes without a saved position on, below the placed ones (canvas/adapter.ts). */
const UNPLACED = { columns: 6, dx: 300, dy: 200, gap: 300 };
/** Room around the whole map, for the handles and the halos of central claims. */
const MARGIN = 40;

function positions(map: ArgumentMap): Map<string, Point> {
  const out = new Map<string, Point>();
  const placedYs = Object.values(map.layout).map((p) => p.y);
  const maxY = Math.max(0, ...placedYs);
  let unplaced = 0;
  for (const node of map.nodes) {
    const saved = placeOf(map.layout, node.id);
    if (saved) out.set(node.id, saved);
    else {
      out.set(node.id, { x: (unplaced % UNPLACED.columns) * UNPLACED.dx, y: maxY + UNPLACED.gap + Math.floor(unplaced / UNPLACED.columns) * UNPLACED.dy });
      unplaced++;
    }
  }
  return out;
}

const intersects = (n: PlacedNode, a: CanvasArea) => n.x < a.x + a.width && n.x + n.width > a.x && n.y < a.y + a.height && n.y + n.height > a.y;

/**
 * Lays out a picture of the map from its saved layout, as the canvas shows it: every node at its
 * position with its kind's size, every link along the canvas's curve. With an area, only the
 * nodes that lie in it (wholly or partly) and the links that touch them are drawn, framed by the
 * area; without one, the whole map with a margin.
 */
export function buildScene(map: ArgumentMap, area?: CanvasArea): Scene {
  const at = positions(map);
  const all: PlacedNode[] = map.nodes.map((node) => ({ node, ...at.get(node.id)!, ...nodeSize(node.kind) }));
  const byId = new Map(all.map((p) => [p.node.id, p]));
  const links = new Map<string, LinkPath>();
  const linkOf = (edge: Edge): LinkPath | undefined => {
    const from = byId.get(edge.from);
    const to = byId.get(edge.to);
    if (!from || !to) return undefined;
    const placed = (p: PlacedNode) => ({ kind: p.node.kind, at: { x: p.x, y: p.y } });
    return linkBetween(placed(from), placed(to), edge.relation === 'contrasts');
  };
  for (const edge of map.edges) if (edge.relation !== 'undercuts') {
    const link = linkOf(edge);
    if (link) links.set(edge.id, link);
  }
  for (const edge of map.edges) if (edge.relation === 'undercuts') {
    const from = byId.get(edge.from);
    const target = links.get(edge.to);
    if (from && target) links.set(edge.id, undercutPath({ kind: from.node.kind, at: { x: from.x, y: from.y } }, target.mid));
  }

  const nodes = area ? all.filter((n) => intersects(n, area)) : all;
  const shown = new Set(nodes.map((n) => n.node.id));
  const edgesById = new Map(map.edges.map((e) => [e.id, e]));
  // A link is drawn when one of its ends is; an undercut's other end is the link it denies.
  const touches = (edge: Edge): boolean => shown.has(edge.from) || (edge.relation === 'undercuts' ? !!edgesById.get(edge.to) && touches(edgesById.get(edge.to)!) : shown.has(edge.to));
  const edges = map.edges.flatMap((edge) => {
    const link = links.get(edge.id);
    return link && touches(edge) ? [{ edge, link }] : [];
  });
  return { nodes, edges, frame: area ?? bounds(all) };
}

function bounds(nodes: readonly PlacedNode[]): CanvasArea {
  if (nodes.length === 0) return { x: 0, y: 0, width: 400, height: 200 };
  const minX = Math.min(...nodes.map((n) => n.x)) - MARGIN;
  const minY = Math.min(...nodes.map((n) => n.y)) - MARGIN;
  const maxX = Math.max(...nodes.map((n) => n.x + n.width)) + MARGIN;
  const maxY = Math.max(...nodes.map((n) => n.y + n.height)) + MARGIN;
  return { x: minX, y: minY, width: maxX - minX, height: maxY - minY };
}
