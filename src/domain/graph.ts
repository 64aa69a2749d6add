import type { Edge, Relation } from './schema/edge';
import type { ArgumentMap } from './schema/map';
import type { MapNode } from './schema/node';
import type { Position } from './schema/position';
import type { Question } from './schema/question';
import type { Reference } from './schema/reference';

/** Lookup tables over a map, built once per document version and shared by every query. */
export interface MapIndex {
  readonly map: ArgumentMap;
  readonly nodes: ReadonlyMap<string, MapNode>;
  readonly edges: ReadonlyMap<string, Edge>;
  /** Edges leaving a node, by node id. */
  readonly outgoing: ReadonlyMap<string, readonly Edge[]>;
  /** Edges arriving at a node, or (for undercuts) at an edge, by target id. */
  readonly incoming: ReadonlyMap<string, readonly Edge[]>;
  readonly positions: ReadonlyMap<string, Position>;
  readonly questions: ReadonlyMap<string, Question>;
  readonly references: ReadonlyMap<string, Reference>;
}

const cache = new WeakMap<ArgumentMap, MapIndex>();

export function indexMap(map: ArgumentMap): MapIndex {
  const hit = cache.get(map);
  if (hit) return hit;
  const outgoing = new Map<string, Edge[]>();
  const incoming = new Map<string, Edge[]>();
  for (const e of map.edges) {
    push(outgoing, e.from, e);
    push(incoming, e.to, e);
  }
  const index: MapIndex = {
    map,
    nodes: new Map(map.nodes.map((n) => [n.id, n])),
    edges: new Map(map.edges.map((e) => [e.id, e])),
    outgoing,
    incoming,
    positions: new Map(map.positions.map((p) => [p.id, p])),
    questions: new Map(map.questions.map((q) => [q.id, q])),
    references: new Map(map.references.map((r) => [r.id, r])),
  };
  cache.set(map, index);
  return index;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

/** Edges of one relation arriving at a node. */
export function incomingOf(index: MapIndex, id: string, relation: Relation): Edge[] {
  return (index.incoming.get(id) ?? []).filter((e) => e.relation === relation);
}

/** Edges of one relation leaving a node. */
export function outgoingOf(index: MapIndex, id: string, relation: Relation): Edge[] {
  return (index.outgoing.get(id) ?? []).filter((e) => e.relation === relation);
}

/** Every node within `hops` edges of a node, in either direction (the node itself included). */
export function neighbourhood(index: MapIndex, id: string, hops: number): Set<string> {
  const seen = new Set([id]);
  let frontier = [id];
  for (let h = 0; h < hops && frontier.length > 0; h++) {
    const next: string[] = [];
    for (const at of frontier) {
      for (const e of [...(index.outgoing.get(at) ?? []), ...(index.incoming.get(at) ?? [])]) {
        for (const other of [e.from, e.to]) {
          if (index.nodes.has(other) && !seen.has(other)) {
            seen.add(other);
            next.push(other);
          }
        }
      }
    }
    frontier = next;
  }
  return seen;
}
