import type { Edge as FlowEdgeBase, Node as FlowNodeBase, XYPosition } from '@xyflow/react';
import type { Edge, Relation, Stance } from '../domain/schema/edge';
import type { ArgumentMap } from '../domain/schema/map';
import type { MapNode, NodeKind } from '../domain/schema/node';
import { nodeSize } from '../domain/nodeSize';
import type { Selection, Visibility } from '../store';
import { describeEdge, describeNode } from '../domain/labels';
import { edgeSides, nodeHandles, type HandleId } from './geometry/handles';
import { placeOf } from '../domain/schema/layout';

/** Node components read their node from the store by id; the flow node carries no map data. */
export type FlowNode = FlowNodeBase<Record<string, never>, NodeKind>;

export interface FlowEdgeData extends Record<string, unknown> {
  readonly relation: Relation;
  readonly stance?: Stance;
  /** For an undercut: the two ends of the link it denies, whose midpoint it aims at. */
  readonly aim?: { readonly from: string; readonly to: string };
}
export type FlowEdge = FlowEdgeBase<FlowEdgeData, 'argument' | 'undercut'>;

const NO_DATA: Record<string, never> = Object.freeze({});
const ORIGIN: XYPosition = Object.freeze({ x: 0, y: 0 });

export interface FlowInput {
  readonly doc: ArgumentMap;
  readonly visibility: Visibility;
  readonly selection: Selection;
}

/**
 * Builds React Flow's nodes and edges from the map, and keeps every flow object whose
 * inputs did not change identical to the one it returned before. React Flow then skips
 * those nodes and edges entirely, so a change to one node costs one node's update, and
 * flow objects never leave the canvas: the map is what is saved.
 */
export class FlowProjection {
  private nodeCache = new Map<string, FlowNode>();
  private edgeCache = new Map<string, FlowEdge>();
  private nodeLabels = new WeakMap<MapNode, string>();
  private edgeLabels = new Map<string, { parts: readonly unknown[]; label: string }>();
  private labelContext: readonly unknown[] = [];

  nodes({ doc, visibility, selection }: FlowInput): FlowNode[] {
    this.resetLabelsIfNeeded(doc);
    const selected = new Set(selection.nodes);
    const next = new Map<string, FlowNode>();
    const out = doc.nodes.map((node) => {
      // The store places every node (store/document/placement.ts); the origin only guards a bug.
      const position = placeOf(doc.layout, node.id) ?? ORIGIN;
      const hidden = visibility.hiddenNodes.has(node.id);
      const className = visibility.dimmedNodes.has(node.id) ? 'cp-dimmed' : undefined;
      const ariaLabel = this.nodeLabel(doc, node);
      const old = this.nodeCache.get(node.id);
      const flow: FlowNode =
        old &&
        old.type === node.kind &&
        old.position.x === position.x &&
        old.position.y === position.y &&
        old.hidden === hidden &&
        old.selected === selected.has(node.id) &&
        old.className === className &&
        old.ariaLabel === ariaLabel
          ? old
          : makeNode(node, position, hidden, selected.has(node.id), className, ariaLabel);
      next.set(node.id, flow);
      return flow;
    });
    this.nodeCache = next;
    return out;
  }

  edges({ doc, visibility, selection }: FlowInput, positionOf: (id: string) => XYPosition | undefined): FlowEdge[] {
    this.resetLabelsIfNeeded(doc);
    const nodes = new Map(doc.nodes.map((n) => [n.id, n]));
    const edgesById = new Map(doc.edges.map((e) => [e.id, e]));
    const selected = new Set(selection.edges);
    const next = new Map<string, FlowEdge>();
    const out: FlowEdge[] = [];
    for (const edge of doc.edges) {
      const ends = endsOf(edge, edgesById);
      const from = nodes.get(edge.from);
      const to = ends && nodes.get(ends.to);
      const fromAt = positionOf(edge.from);
      const toAt = ends && positionOf(ends.to);
      if (!ends || !from || !to || !fromAt || !toAt) continue;
      const sides = edgeSides({ kind: from.kind, at: fromAt }, { kind: to.kind, at: toAt }, edge.relation === 'contrasts');
      const input = {
        source: edge.from,
        target: ends.to,
        sourceHandle: `${sides.source}-source` as HandleId,
        targetHandle: `${sides.target}-target` as HandleId,
        hidden: visibility.hiddenEdges.has(edge.id),
        selected: selected.has(edge.id),
        className: visibility.dimmedNodes.has(edge.from) || visibility.dimmedNodes.has(ends.to) ? 'cp-dimmed' : undefined,
        ariaLabel: this.edgeLabel(doc, edge, nodes, edgesById),
      };
      const old = this.edgeCache.get(edge.id);
      const same = old && (Object.keys(input) as (keyof typeof input)[]).every((k) => old[k] === input[k]) && old.data?.relation === edge.relation && old.data.stance === edge.stance;
      const flow: FlowEdge = same ? old : makeEdge(edge, input, ends.aim);
      next.set(edge.id, flow);
      out.push(flow);
    }
    this.edgeCache = next;
    if (this.edgeLabels.size > 2 * doc.edges.length + 64) {
      for (const id of this.edgeLabels.keys()) if (!edgesById.has(id)) this.edgeLabels.delete(id);
    }
    return out;
  }

  /** A node's label depends on the node, its position and its reference: cached per node record. */
  private nodeLabel(doc: ArgumentMap, node: MapNode): string {
    let hit = this.nodeLabels.get(node);
    if (hit === undefined) {
      hit = describeNode(doc, node);
      this.nodeLabels.set(node, hit);
    }
    return hit;
  }

  /** An edge's label names its ends (and an undercut's link's ends): recomputed only when one of them changes. */
  private edgeLabel(doc: ArgumentMap, edge: Edge, nodes: ReadonlyMap<string, MapNode>, edges: ReadonlyMap<string, Edge>): string {
    const target = edge.relation === 'undercuts' ? edges.get(edge.to) : undefined;
    const parts = [edge, nodes.get(edge.from), nodes.get(edge.to), target, target && nodes.get(target.from), target && nodes.get(target.to)];
    const hit = this.edgeLabels.get(edge.id);
    if (hit && hit.parts.every((p, i) => p === parts[i])) return hit.label;
    const label = describeEdge(doc, edge, (id) => nodes.get(id), (id) => edges.get(id));
    this.edgeLabels.set(edge.id, { parts, label });
    return label;
  }

  /** Labels name positions and references; recompute them all when those change. */
  private resetLabelsIfNeeded(doc: ArgumentMap): void {
    const context = [doc.positions, doc.references];
    if (context.some((c, i) => c !== this.labelContext[i])) {
      this.nodeLabels = new WeakMap();
      this.edgeLabels = new Map();
      this.labelContext = context;
    }
  }
}

function makeNode(node: MapNode, position: XYPosition, hidden: boolean, selected: boolean, className: string | undefined, ariaLabel: string): FlowNode {
  const { width, height } = nodeSize(node.kind);
  return {
    id: node.id,
    type: node.kind,
    position,
    data: NO_DATA,
    width,
    height,
    // The size is fixed per kind, so it is declared rather than measured.
    measured: { width, height },
    handles: nodeHandles(node.kind),
    hidden,
    selected,
    ariaLabel,
    ...(className ? { className } : {}),
  };
}

function makeEdge(edge: Edge, input: Omit<FlowEdge, 'id' | 'data' | 'type'>, aim: FlowEdgeData['aim']): FlowEdge {
  return {
    id: edge.id,
    type: edge.relation === 'undercuts' ? 'undercut' : 'argument',
    ...input,
    data: { relation: edge.relation, ...(edge.stance ? { stance: edge.stance } : {}), ...(aim ? { aim } : {}) },
  };
}

/**
 * The node an edge is drawn to. An undercut targets a link, which React Flow cannot end
 * at, so its flow edge ends at the link's claim and its component aims at the link's middle.
 */
function endsOf(edge: Edge, edges: ReadonlyMap<string, Edge>): { to: string; aim?: { from: string; to: string } } | undefined {
  if (edge.relation !== 'undercuts') return { to: edge.to };
  const target = edges.get(edge.to);
  return target ? { to: target.to, aim: { from: target.from, to: target.to } } : undefined;
}
