import type { ArgumentMap } from '../../domain/schema/map';
import type { Selection } from '../types';

/** The selection less what the map no longer has (deleted here or by someone else); the same object when nothing went. */
export function selectionWithin(selection: Selection, map: ArgumentMap): Selection {
  const nodes = new Set(map.nodes.map((n) => n.id));
  const edges = new Set(map.edges.map((e) => e.id));
  const kept = { nodes: selection.nodes.filter((id) => nodes.has(id)), edges: selection.edges.filter((id) => edges.has(id)) };
  return kept.nodes.length === selection.nodes.length && kept.edges.length === selection.edges.length ? selection : kept;
}
