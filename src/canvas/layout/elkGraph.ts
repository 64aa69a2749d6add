import type { ElkNode } from 'elkjs/lib/elk-api';
import { placeOf, type Point } from '../../domain/schema/layout';
import type { ArgumentMap } from '../../domain/schema/map';
import { nodeSize } from '../../domain/nodeSize';

/**
 * ELK's layered algorithm, arranged as argument maps read: edges run from a reason up to
 * what it argues for, so conclusions sit on top ("UP"). Nodes are handed over in their
 * current left-to-right order and ELK is asked to respect that order, so a relayout
 * rearranges a map without scrambling it.
 */
export const LAYOUT_OPTIONS: Readonly<Record<string, string>> = {
  'elk.algorithm': 'layered',
  'elk.direction': 'UP',
  'elk.spacing.nodeNode': '40',
  'elk.layered.spacing.nodeNodeBetweenLayers': '90',
  'elk.spacing.componentComponent': '120',
  'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
  'elk.layered.crossingMinimization.forceNodeModelOrder': 'false',
  'elk.layered.nodePlacement.strategy': 'NETWORK_SIMPLEX',
  'elk.separateConnectedComponents': 'true',
};

/** The ELK graph of some nodes of a map (all of them by default) and the links among them. */
export function toElkGraph(doc: ArgumentMap, ids?: ReadonlySet<string>): ElkNode {
  const included = doc.nodes.filter((n) => !ids || ids.has(n.id));
  const inGraph = new Set(included.map((n) => n.id));
  const edgeById = new Map(doc.edges.map((e) => [e.id, e]));
  const order = (id: string) => placeOf(doc.layout, id) ?? { x: Number.POSITIVE_INFINITY, y: 0 };
  const children = [...included]
    .sort((a, b) => order(a.id).x - order(b.id).x || order(a.id).y - order(b.id).y)
    .map((n) => ({ id: n.id, ...nodeSize(n.kind) }));
  const edges = doc.edges.flatMap((e) => {
    // Contrasts join rivals side by side, not above one another: they take no part in layering.
    if (e.relation === 'contrasts') return [];
    // An undercut is laid out as an argument about the claim whose link it denies.
    const target = e.relation === 'undercuts' ? edgeById.get(e.to)?.to : e.to;
    if (!target || !inGraph.has(e.from) || !inGraph.has(target) || target === e.from) return [];
    return [{ id: e.id, sources: [e.from], targets: [target] }];
  });
  return { id: 'root', layoutOptions: { ...LAYOUT_OPTIONS }, children, edges };
}

/**
 * Positions from an ELK result, moved so the laid-out nodes keep the top-left corner they
 * had before (for the nodes that had a position), so the view does not jump.
 */
export function positionsFromElk(doc: ArgumentMap, result: ElkNode): Record<string, Point> {
  const laid = (result.children ?? []).filter((c) => c.x !== undefined && c.y !== undefined);
  if (laid.length === 0) return {};
  const before = laid.map((c) => placeOf(doc.layout, c.id)).filter((p): p is Point => p !== undefined);
  const origin = before.length > 0 ? { x: Math.min(...before.map((p) => p.x)), y: Math.min(...before.map((p) => p.y)) } : { x: 0, y: 0 };
  const minX = Math.min(...laid.map((c) => c.x!));
  const minY = Math.min(...laid.map((c) => c.y!));
  return Object.fromEntries(laid.map((c) => [c.id, { x: Math.round(origin.x + c.x! - minX), y: Math.round(origin.y + c.y! - minY) }]));
}
