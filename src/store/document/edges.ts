import { relationAllowed, UNDERCUTTABLE } from '../../domain/relations';
import type { Edge, Relation, Stance } from '../../domain/schema/edge';
import type { ArgumentMap } from '../../domain/schema/map';
import { EditError } from './editError';

export interface ConnectRequest {
  readonly id: string;
  readonly from: string;
  /** A node id, or for `undercuts` the id of the support or attack edge it denies. */
  readonly to: string;
  readonly relation: Relation;
  readonly stance?: Stance;
}

/** Why a relation cannot be drawn from one record to another, or undefined when it can. */
export function connectionProblem(doc: ArgumentMap, from: string, to: string, relation: Relation): string | undefined {
  const source = doc.nodes.find((n) => n.id === from);
  if (!source) return `There is no node "${from}".`;
  if (from === to) return 'A node cannot relate to itself.';
  if (relation === 'undercuts') {
    const target = doc.edges.find((e) => e.id === to);
    if (!target || !UNDERCUTTABLE.includes(target.relation)) return 'An undercut must aim at a supports or attacks link.';
    if (!relationAllowed('undercuts', source.kind, 'edge')) return `A ${source.kind} cannot undercut a link.`;
    if (target.from === from) return 'A node cannot undercut its own link.';
  } else {
    const target = doc.nodes.find((n) => n.id === to);
    if (!target) return `There is no node "${to}".`;
    if (!relationAllowed(relation, source.kind, target.kind)) return `A ${source.kind} cannot ${verb(relation)} a ${target.kind}.`;
  }
  const twin = doc.edges.find((e) => e.from === from && e.to === to && e.relation === relation);
  if (twin) return `That ${relation} link already exists (${twin.id}).`;
  return undefined;
}

export function addEdge(doc: ArgumentMap, request: ConnectRequest): ArgumentMap {
  const problem = connectionProblem(doc, request.from, request.to, request.relation);
  if (problem) throw new EditError(problem);
  if (doc.nodes.some((n) => n.id === request.id) || doc.edges.some((e) => e.id === request.id)) {
    throw new EditError(`The id "${request.id}" is already used.`);
  }
  const edge: Edge = { id: request.id, from: request.from, to: request.to, relation: request.relation };
  if (request.relation === 'assesses') edge.stance = request.stance ?? 'supports';
  return { ...doc, edges: [...doc.edges, edge] };
}

export type EdgePatch = Partial<Pick<Edge, 'relation' | 'stance' | 'note' | 'pages'>>;

/**
 * Changes an edge's relation, its note or its assessment fields. A relation change is
 * checked like a new connection; stance and pages belong to `assesses` and are dropped
 * otherwise; a note (why the link holds) belongs to any edge.
 */
export function updateEdge(doc: ArgumentMap, id: string, patch: EdgePatch): ArgumentMap {
  const at = doc.edges.findIndex((e) => e.id === id);
  if (at < 0) throw new EditError(`There is no link "${id}".`);
  const before = doc.edges[at]!;
  const relation = patch.relation ?? before.relation;
  if (relation !== before.relation) {
    if (relation === 'undercuts' || before.relation === 'undercuts') throw new EditError('An undercut cannot become another relation, nor the reverse.');
    const problem = connectionProblem({ ...doc, edges: doc.edges.filter((e) => e.id !== id) }, before.from, before.to, relation);
    if (problem) throw new EditError(problem);
    const undercut = doc.edges.find((e) => e.relation === 'undercuts' && e.to === id);
    if (undercut && !UNDERCUTTABLE.includes(relation)) {
      throw new EditError(`Link ${id} is undercut by ${undercut.id}; a ${relation} link cannot be undercut.`);
    }
  }
  const next: Edge = { id, from: before.from, to: before.to, relation };
  if (relation === 'assesses') next.stance = patch.stance ?? before.stance ?? 'supports';
  const note = 'note' in patch ? patch.note : before.note;
  if (note) next.note = note;
  const pages = 'pages' in patch ? patch.pages : before.pages;
  if (relation === 'assesses' && pages) next.pages = pages;
  if (JSON.stringify(next) === JSON.stringify(before)) return doc;
  const edges = doc.edges.slice();
  edges[at] = next;
  return { ...doc, edges };
}

export interface ElementIds {
  readonly nodes?: readonly string[];
  readonly edges?: readonly string[];
}

/**
 * Deletes nodes and edges with everything that would dangle without them: edges touching
 * a deleted node, undercuts of a deleted edge, saved positions and notes' `about` entries.
 */
export function removeElements(doc: ArgumentMap, ids: ElementIds): ArgumentMap {
  const goneNodes = new Set(ids.nodes ?? []);
  const goneEdges = new Set(ids.edges ?? []);
  for (const e of doc.edges) if (goneNodes.has(e.from) || goneNodes.has(e.to)) goneEdges.add(e.id);
  for (const e of doc.edges) if (e.relation === 'undercuts' && goneEdges.has(e.to)) goneEdges.add(e.id);
  const nodesLeft = doc.nodes.filter((n) => !goneNodes.has(n.id));
  const edgesLeft = doc.edges.filter((e) => !goneEdges.has(e.id));
  if (nodesLeft.length === doc.nodes.length && edgesLeft.length === doc.edges.length) return doc;
  const nodes = nodesLeft.map((n) => {
    if (n.kind !== 'note' || !n.about?.some((a) => goneNodes.has(a))) return n;
    const about = n.about.filter((a) => !goneNodes.has(a));
    const { about: _dropped, ...rest } = n;
    return about.length > 0 ? { ...rest, about } : rest;
  });
  const layout = Object.fromEntries(Object.entries(doc.layout).filter(([id]) => !goneNodes.has(id)));
  // A saved outline is an arrangement around its thesis; without the thesis it means nothing.
  const { outlines: saved, laneLayout: lanes, ...rest } = doc;
  const outlines = saved?.filter((o) => !goneNodes.has(o.thesis)) ?? [];
  const laneLayout = lanes && Object.fromEntries(Object.entries(lanes).filter(([id]) => !goneNodes.has(id)));
  return { ...rest, nodes, edges: edgesLeft, layout, ...(outlines.length > 0 ? { outlines } : {}), ...(laneLayout ? { laneLayout } : {}) };
}

function verb(relation: Relation): string {
  return relation === 'states' ? 'state' : relation.replace(/s$/, '');
}
