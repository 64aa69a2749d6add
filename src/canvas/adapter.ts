import type { Edge as FlowEdge, Node as FlowNode } from '@xyflow/react';
import { indexMap } from '../domain/graph';
import type { ArgumentMap } from '../domain/schema/map';
import type { MapNode } from '../domain/schema/node';

/** What a node component needs; the saved map stays the source of truth. */
export interface NodeViewData extends Record<string, unknown> {
  readonly node: MapNode;
  readonly map: ArgumentMap;
}

export type ViewNode = FlowNode<NodeViewData>;

const FALLBACK_GRID = { columns: 6, dx: 300, dy: 200 };

/**
 * Builds React Flow's view of a map: one flow node per map node at its saved position
 * (nodes without one go on a grid below), one flow edge per relation. The flow objects
 * are never saved; the map is.
 */
export function toFlow(map: ArgumentMap): { nodes: ViewNode[]; edges: FlowEdge[] } {
  const index = indexMap(map);
  let unplaced = 0;
  const maxY = Math.max(0, ...Object.values(map.layout).map((p) => p.y));
  const nodes: ViewNode[] = map.nodes.map((node) => {
    const saved = map.layout[node.id];
    const position = saved ?? {
      x: (unplaced % FALLBACK_GRID.columns) * FALLBACK_GRID.dx,
      y: maxY + 300 + Math.floor(unplaced++ / FALLBACK_GRID.columns) * FALLBACK_GRID.dy,
    };
    return { id: node.id, type: node.kind, position, data: { node, map } };
  });
  const edges: FlowEdge[] = map.edges
    .filter((e) => index.nodes.has(e.to))
    .map((e) => ({
      id: e.id,
      source: e.from,
      target: e.to,
      type: 'default',
      label: e.relation === 'assesses' ? `${e.stance}` : e.relation,
      className: `cp-edge cp-edge--${e.relation}${e.stance ? ` cp-edge--${e.stance}` : ''}`,
      ariaLabel: `${e.from} ${e.relation} ${e.to}`,
    }));
  return { nodes, edges };
}
