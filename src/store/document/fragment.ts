import type { Edge } from '../../domain/schema/edge';
import { placeOf, type Point } from '../../domain/schema/layout';
import type { ArgumentMap } from '../../domain/schema/map';
import { kindDefinition, type MapNode } from '../../domain/schema/node';
import { freshIds } from './ids';
import { roundPoint } from './nodes';

/**
 * What copy puts on the clipboard: the chosen nodes, the links among them, their places,
 * and the map-level records they name, so a fragment pasted into another map still validates.
 */
export interface Fragment {
  readonly nodes: readonly MapNode[];
  readonly edges: readonly Edge[];
  readonly layout: Readonly<Record<string, Point>>;
  readonly positions: ArgumentMap['positions'];
  readonly questions: ArgumentMap['questions'];
  readonly references: ArgumentMap['references'];
  readonly sources: ArgumentMap['sources'];
  /** Texts of the sources above, so passages can be shown after pasting into a map without them. */
  readonly sourceTexts: Readonly<Record<string, string>>;
}

export function copyFragment(doc: ArgumentMap, nodeIds: readonly string[], sourceTexts: Readonly<Record<string, string>> = {}): Fragment {
  const chosen = new Set(nodeIds);
  const nodes = doc.nodes.filter((n) => chosen.has(n.id)).map((n) => withinFragment(n, chosen));
  const inner = doc.edges.filter((e) => e.relation !== 'undercuts' && chosen.has(e.from) && chosen.has(e.to));
  const innerIds = new Set(inner.map((e) => e.id));
  const undercuts = doc.edges.filter((e) => e.relation === 'undercuts' && chosen.has(e.from) && innerIds.has(e.to));
  const named = namedRecords(nodes);
  const sources = doc.sources.filter((s) => named.sources.has(s.id));
  return {
    nodes,
    edges: [...inner, ...undercuts],
    layout: Object.fromEntries(nodes.map((n) => [n.id, placeOf(doc.layout, n.id) ?? { x: 0, y: 0 }])),
    positions: doc.positions.filter((p) => named.positions.has(p.id)),
    questions: doc.questions.filter((q) => named.questions.has(q.id)),
    references: doc.references.filter((r) => named.references.has(r.id)),
    sources,
    sourceTexts: Object.fromEntries(sources.filter((s) => Object.hasOwn(sourceTexts, s.id)).map((s) => [s.id, sourceTexts[s.id]!])),
  };
}

/**
 * A note keeps only what it is about among the copied nodes: the clipboard text goes through
 * the loader where it is pasted, which refuses a note about a node that is not there.
 */
function withinFragment(node: MapNode, chosen: ReadonlySet<string>): MapNode {
  if (node.kind !== 'note' || !node.about) return node;
  const { about, ...rest } = node;
  const kept = about.filter((id) => chosen.has(id));
  return kept.length > 0 ? { ...rest, about: kept } : rest;
}

export interface PasteResult {
  readonly doc: ArgumentMap;
  readonly nodeIds: string[];
  readonly edgeIds: string[];
}

/**
 * Adds a fragment with fresh ids, its top-left corner at `at`. Records the map lacks are
 * added; records it already has (same id) are taken to be the same and kept as they are.
 */
export function pasteFragment(doc: ArgumentMap, fragment: Fragment, at: Point, idTag: string | null = null): PasteResult {
  if (fragment.nodes.length === 0) return { doc, nodeIds: [], edgeIds: [] };
  const taken = new Set<string>();
  const rename = new Map<string, string>();
  for (const n of fragment.nodes) {
    const [id] = freshIds(doc, n.kind, 1, taken, idTag);
    taken.add(id!);
    rename.set(n.id, id!);
  }
  for (const e of fragment.edges) {
    const [id] = freshIds(doc, 'e', 1, taken, idTag);
    taken.add(id!);
    rename.set(e.id, id!);
  }
  const origin = topLeft(Object.values(fragment.layout));
  const layout = { ...doc.layout };
  const nodes = fragment.nodes.map((n) => {
    const id = rename.get(n.id)!;
    const p = placeOf(fragment.layout, n.id) ?? origin;
    layout[id] = roundPoint({ x: at.x + p.x - origin.x, y: at.y + p.y - origin.y });
    if (n.kind === 'note' && n.about) {
      const { about, ...rest } = n;
      const kept = about.map((a) => rename.get(a)).filter((a): a is string => a !== undefined);
      return kept.length > 0 ? { ...rest, id, about: kept } : { ...rest, id };
    }
    return { ...n, id };
  });
  const edges = fragment.edges.map((e) => ({ ...e, id: rename.get(e.id)!, from: rename.get(e.from)!, to: rename.get(e.to)! }));
  const missing = <T extends { id: string }>(have: readonly T[], bring: readonly T[]) => [...have, ...bring.filter((b) => !have.some((h) => h.id === b.id))];
  return {
    doc: {
      ...doc,
      positions: missing(doc.positions, fragment.positions),
      questions: missing(doc.questions, fragment.questions),
      references: missing(doc.references, fragment.references),
      sources: missing(doc.sources, fragment.sources),
      nodes: [...doc.nodes, ...nodes],
      edges: [...doc.edges, ...edges],
      layout,
    },
    nodeIds: nodes.map((n) => n.id),
    edgeIds: edges.map((e) => e.id),
  };
}

function namedRecords(nodes: readonly MapNode[]) {
  const out = { positions: new Set<string>(), questions: new Set<string>(), references: new Set<string>(), sources: new Set<string>() };
  for (const n of nodes) {
    const named = kindDefinition(n.kind).names(n);
    for (const id of named.positions ?? []) out.positions.add(id);
    for (const id of named.questions ?? []) out.questions.add(id);
    for (const id of named.references ?? []) out.references.add(id);
    for (const id of named.sources ?? []) out.sources.add(id);
  }
  return out;
}

function topLeft(points: readonly Point[]): Point {
  if (points.length === 0) return { x: 0, y: 0 };
  return { x: Math.min(...points.map((p) => p.x)), y: Math.min(...points.map((p) => p.y)) };
}
