import type { FlowEdge, FlowNode } from '../adapter';
import { flowHides, type DetailLevel } from './level';

/** Marks a flow node hidden by the level of detail (not by the user), so "fit the map" still counts it. */
export const FOLDED_CLASS = 'cp-folded';
const NO_EDGES: FlowEdge[] = [];

/**
 * The flow's nodes and edges at a level: the kinds the level folds are hidden (React Flow then
 * renders nothing for them: no text, no handles), never moved. At the far level the canvas
 * layer draws, so the flow keeps no edges at all.
 */
export function foldFlow(nodes: FlowNode[], edges: FlowEdge[], level: DetailLevel): { nodes: FlowNode[]; edges: FlowEdge[] } {
  if (level === 'close') return { nodes, edges };
  const folded = new Set<string>();
  const out = nodes.map((n) => {
    if (n.hidden || !flowHides(level, n.type ?? '')) return n;
    folded.add(n.id);
    return { ...n, hidden: true, className: FOLDED_CLASS };
  });
  if (level === 'far') return { nodes: out, edges: NO_EDGES };
  return { nodes: out, edges: edges.map((e) => (!e.hidden && (folded.has(e.source) || folded.has(e.target)) ? { ...e, hidden: true } : e)) };
}
