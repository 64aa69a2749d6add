import { neighbourhood, indexMap } from '../../domain/graph';
import type { Edge, Relation, Stance } from '../../domain/schema/edge';
import type { ArgumentMap } from '../../domain/schema/map';
import type { MapNode, NodeKind } from '../../domain/schema/node';

/** What the filter panel hides. Empty lists show everything, so a new kind is never hidden by accident. */
export interface Filters {
  readonly hiddenKinds: readonly NodeKind[];
  readonly hiddenPositions: readonly string[];
  readonly hiddenStances: readonly Stance[];
  readonly hiddenRelations: readonly Relation[];
}

export const NO_FILTERS: Filters = { hiddenKinds: [], hiddenPositions: [], hiddenStances: [], hiddenRelations: [] };

export function filtersActive(f: Filters): boolean {
  return f.hiddenKinds.length + f.hiddenPositions.length + f.hiddenStances.length + f.hiddenRelations.length > 0;
}

export interface VisibilityInput {
  readonly filters: Filters;
  readonly collapsed: readonly string[];
  /** Focus mode: the node in focus and how many hops around it stay lit. */
  readonly focus: { readonly center: string; readonly hops: number } | null;
}

export interface Visibility {
  readonly hiddenNodes: ReadonlySet<string>;
  readonly hiddenEdges: ReadonlySet<string>;
  readonly dimmedNodes: ReadonlySet<string>;
  /** For each collapsed node, how many nodes hang (hidden) under it. */
  readonly collapsedCounts: ReadonlyMap<string, number>;
}

/** Relations along which a node "hangs under" another: the reasons, evidence and readings of a claim. */
const HANGING: ReadonlySet<Relation> = new Set(['states', 'supports', 'attacks', 'assesses', 'undercuts']);

/**
 * Which nodes and edges the canvas hides (filters, collapsed subtrees) and dims (focus).
 * Collapse hides a node only when everything it argues for is hidden or collapsed, so a
 * passage that also supports a claim still on screen stays visible.
 */
export function computeVisibility(doc: ArgumentMap, input: VisibilityInput): Visibility {
  const hiddenNodes = new Set<string>();
  const { filters } = input;
  const edgeById = new Map(doc.edges.map((e) => [e.id, e]));
  const stancesOf = workStances(doc.edges);
  for (const n of doc.nodes) if (filteredOut(n, stancesOf, filters)) hiddenNodes.add(n.id);

  const collapsedCounts = collapse(doc, edgeById, new Set(input.collapsed.filter((id) => !hiddenNodes.has(id))), hiddenNodes);

  const hiddenEdges = new Set<string>();
  const endHidden = (e: Edge): boolean => {
    if (hiddenNodes.has(e.from)) return true;
    if (e.relation !== 'undercuts') return hiddenNodes.has(e.to);
    const target = edgeById.get(e.to);
    return !target || hiddenEdges.has(target.id) || endHidden(target);
  };
  // Undercuts last, so the links they aim at are decided first.
  const ordered = [...doc.edges.filter((e) => e.relation !== 'undercuts'), ...doc.edges.filter((e) => e.relation === 'undercuts')];
  for (const e of ordered) {
    const byFilter = filters.hiddenRelations.includes(e.relation) || (e.stance !== undefined && filters.hiddenStances.includes(e.stance));
    if (byFilter || endHidden(e)) hiddenEdges.add(e.id);
  }

  const dimmedNodes = new Set<string>();
  if (input.focus && doc.nodes.some((n) => n.id === input.focus!.center)) {
    const lit = neighbourhood(indexMap(doc), input.focus.center, input.focus.hops);
    // An undercut aims at a link, not a node: it is lit when the link it denies is.
    for (const e of doc.edges) {
      const target = e.relation === 'undercuts' ? edgeById.get(e.to) : undefined;
      if (target && lit.has(target.from) && lit.has(target.to)) lit.add(e.from);
    }
    for (const n of doc.nodes) if (!lit.has(n.id)) dimmedNodes.add(n.id);
  }
  return { hiddenNodes, hiddenEdges, dimmedNodes, collapsedCounts };
}

function filteredOut(n: MapNode, stancesOf: ReadonlyMap<string, Stance[]>, f: Filters): boolean {
  if (f.hiddenKinds.includes(n.kind)) return true;
  if ((n.kind === 'claim' || n.kind === 'objection') && n.position && f.hiddenPositions.includes(n.position)) return true;
  if (n.kind === 'work' && f.hiddenStances.length > 0) {
    // A work is hidden by the stance filter only when every reading it gives is filtered out.
    const stances = stancesOf.get(n.id) ?? [];
    return stances.length > 0 && stances.every((s) => f.hiddenStances.includes(s));
  }
  return false;
}

function workStances(edges: readonly Edge[]): Map<string, Stance[]> {
  const out = new Map<string, Stance[]>();
  for (const e of edges) {
    if (e.relation !== 'assesses' || !e.stance) continue;
    (out.get(e.from) ?? out.set(e.from, []).get(e.from)!).push(e.stance);
  }
  return out;
}

/** Hides what hangs under collapsed nodes (into `hidden`) and counts it per collapsed node. */
function collapse(doc: ArgumentMap, edgeById: ReadonlyMap<string, Edge>, roots: ReadonlySet<string>, hidden: Set<string>): Map<string, number> {
  const counts = new Map<string, number>();
  if (roots.size === 0) return counts;
  const parents = new Map<string, Set<string>>();
  const children = new Map<string, Set<string>>();
  for (const e of doc.edges) {
    if (!HANGING.has(e.relation)) continue;
    const parent = e.relation === 'undercuts' ? edgeById.get(e.to)?.from : e.to;
    if (!parent || parent === e.from) continue;
    (parents.get(e.from) ?? parents.set(e.from, new Set()).get(e.from)!).add(parent);
    (children.get(parent) ?? children.set(parent, new Set()).get(parent)!).add(e.from);
  }
  const remaining = new Map<string, number>();
  for (const [id, ps] of parents) remaining.set(id, [...ps].filter((p) => !roots.has(p)).length);
  const queue = [...parents.keys()].filter((id) => remaining.get(id) === 0 && !roots.has(id));
  const collapsedAway = new Set<string>();
  while (queue.length > 0) {
    const id = queue.pop()!;
    if (collapsedAway.has(id)) continue;
    collapsedAway.add(id);
    for (const child of children.get(id) ?? []) {
      const left = (remaining.get(child) ?? 0) - 1;
      remaining.set(child, left);
      if (left === 0 && !roots.has(child)) queue.push(child);
    }
  }
  for (const id of collapsedAway) hidden.add(id);
  for (const root of roots) {
    const seen = new Set<string>();
    const walk = [root];
    while (walk.length > 0) {
      for (const child of children.get(walk.pop()!) ?? []) {
        if (collapsedAway.has(child) && !seen.has(child)) {
          seen.add(child);
          walk.push(child);
        }
      }
    }
    counts.set(root, seen.size);
  }
  return counts;
}
