import { placeOf, roundPoint, type Point } from '../../domain/schema/layout';
import type { ArgumentMap } from '../../domain/schema/map';
import { kindDefinition, NODE_SCHEMAS, type MapNode } from '../../domain/schema/node';
import { EditError } from './editError';

/** Fields of a node an edit may change; `undefined` clears an optional field. */
export type NodePatch = { readonly [K in string]?: unknown };

/**
 * Checks a node as the loader would: its shape (zod schema of its kind) and every record
 * it names. Edits run it so the map in the store is always one `counterpoint validate` accepts.
 */
export function checkNode(doc: ArgumentMap, node: MapNode): MapNode {
  const parsed = NODE_SCHEMAS[node.kind].safeParse(node);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || 'node';
    throw new EditError(field === 'text' ? 'The text cannot be empty.' : `${field}: ${issue?.message ?? 'invalid value'}`);
  }
  const has = (list: readonly { id: string }[], id: string) => list.some((r) => r.id === id);
  const named = kindDefinition(node.kind).names(parsed.data as MapNode);
  for (const id of named.positions ?? []) if (!has(doc.positions, id)) throw new EditError(`There is no position "${id}" in this map.`);
  for (const id of named.questions ?? []) if (!has(doc.questions, id)) throw new EditError(`There is no question "${id}" in this map.`);
  for (const id of named.references ?? []) if (!has(doc.references, id)) throw new EditError(`There is no reference "${id}" in this map.`);
  for (const id of named.sources ?? []) if (!has(doc.sources, id)) throw new EditError(`There is no source "${id}" in this map.`);
  return parsed.data as MapNode;
}

export function addNode(doc: ArgumentMap, node: MapNode, at: Point): ArgumentMap {
  if (doc.nodes.some((n) => n.id === node.id) || doc.edges.some((e) => e.id === node.id)) {
    throw new EditError(`The id "${node.id}" is already used.`);
  }
  const checked = checkNode(doc, node);
  return { ...doc, nodes: [...doc.nodes, checked], layout: { ...doc.layout, [node.id]: roundPoint(at) } };
}

/** Applies a patch to one node; the kind and id never change. Returns the same map when nothing changes. */
export function updateNode(doc: ArgumentMap, id: string, patch: NodePatch): ArgumentMap {
  const at = doc.nodes.findIndex((n) => n.id === id);
  if (at < 0) throw new EditError(`There is no node "${id}".`);
  const before = doc.nodes[at]!;
  const merged: Record<string, unknown> = { ...before };
  let changed = false;
  for (const [key, value] of Object.entries(patch)) {
    if (key === 'id' || key === 'kind') continue;
    if (sameValue(merged[key], value)) continue;
    changed = true;
    if (value === undefined) delete merged[key];
    else merged[key] = value;
  }
  if (!changed) return doc;
  const next = checkNode(doc, merged as MapNode);
  const nodes = doc.nodes.slice();
  nodes[at] = next;
  return { ...doc, nodes };
}

/** Moves nodes; positions are rounded to hundredths, as the file stores them. */
export function moveNodes(doc: ArgumentMap, positions: Readonly<Record<string, Point>>): ArgumentMap {
  let changed = false;
  const layout = { ...doc.layout };
  for (const [id, p] of Object.entries(positions)) {
    const rounded = roundPoint(p);
    const old = placeOf(layout, id);
    if (old && old.x === rounded.x && old.y === rounded.y) continue;
    layout[id] = rounded;
    changed = true;
  }
  return changed ? { ...doc, layout } : doc;
}

export { roundPoint };

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return false;
}
