import type { ArgumentMap } from '../../domain/schema/map';

/**
 * The difference between two documents, record by record: what the persisted undo history
 * keeps per step instead of a whole copy of the map. A drag is a layout entry, a text edit
 * one node, a deletion the node and its links.
 *
 * Consecutive undo states share every record they did not change (edits copy only what they
 * touch), so the diff compares by identity: it costs a pass over the changed fields only.
 */
export interface DocPatch {
  /** Top-level fields replaced whole (title, description, and any field not diffed by record). */
  readonly set?: Readonly<Record<string, unknown>>;
  /** Top-level fields that are absent in the newer document. */
  readonly drop?: readonly string[];
  /** Record lists (nodes, edges, …) diffed by key. */
  readonly lists?: Readonly<Record<string, ListPatch>>;
  /** Keyed objects (layout, laneLayout) diffed by entry. */
  readonly maps?: Readonly<Record<string, MapPatch>>;
}

export interface ListPatch {
  /** Records added or changed, in the newer document's order. */
  readonly put?: readonly unknown[];
  readonly remove?: readonly string[];
  /** Every key in the newer order, when replacing, removing and appending would not give it. */
  readonly order?: readonly string[];
}

export interface MapPatch {
  readonly put?: Readonly<Record<string, unknown>>;
  readonly remove?: readonly string[];
}

type Doc = Readonly<Record<string, unknown>>;

/** Lists of records and the field that names each record in them. */
const LIST_KEYS: Readonly<Record<string, string>> = {
  nodes: 'id',
  edges: 'id',
  positions: 'id',
  questions: 'id',
  references: 'id',
  sources: 'id',
  outlines: 'thesis',
};
const MAP_FIELDS = new Set(['layout', 'laneLayout']);

const keyOf = (record: unknown, key: string): string => String((record as Record<string, unknown>)[key]);

/** What turns `from` into `to`; empty when they are the same document. */
export function diffDocs(from: ArgumentMap, to: ArgumentMap): DocPatch {
  const a = from as Doc;
  const b = to as Doc;
  const set: Record<string, unknown> = {};
  const drop: string[] = [];
  const lists: Record<string, ListPatch> = {};
  const maps: Record<string, MapPatch> = {};
  for (const field of new Set([...Object.keys(a), ...Object.keys(b)])) {
    const before = a[field];
    const after = b[field];
    if (before === after) continue;
    if (after === undefined) drop.push(field);
    else if (LIST_KEYS[field] && Array.isArray(before) && Array.isArray(after)) lists[field] = diffList(before, after, LIST_KEYS[field]);
    else if (MAP_FIELDS.has(field) && isRecord(before) && isRecord(after)) maps[field] = diffMap(before, after);
    else set[field] = after;
  }
  return {
    ...(Object.keys(set).length ? { set } : {}),
    ...(drop.length ? { drop } : {}),
    ...(Object.keys(lists).length ? { lists } : {}),
    ...(Object.keys(maps).length ? { maps } : {}),
  };
}

/** Applies a patch made by `diffDocs`; records the patch does not name keep their identity. */
export function applyPatch(doc: ArgumentMap, patch: DocPatch): ArgumentMap {
  const next: Record<string, unknown> = { ...(doc as Doc), ...patch.set };
  for (const field of patch.drop ?? []) delete next[field];
  for (const [field, list] of Object.entries(patch.lists ?? {})) {
    next[field] = applyList((next[field] as readonly unknown[] | undefined) ?? [], list, LIST_KEYS[field] ?? 'id');
  }
  for (const [field, map] of Object.entries(patch.maps ?? {})) {
    const entries: Record<string, unknown> = { ...(next[field] as Doc | undefined), ...map.put };
    for (const key of map.remove ?? []) delete entries[key];
    next[field] = entries;
  }
  return next as ArgumentMap;
}

function diffList(before: readonly unknown[], after: readonly unknown[], key: string): ListPatch {
  const old = new Map(before.map((r) => [keyOf(r, key), r]));
  const kept = new Set<string>();
  const put: unknown[] = [];
  for (const record of after) {
    const id = keyOf(record, key);
    kept.add(id);
    if (old.get(id) !== record) put.push(record);
  }
  const remove = [...old.keys()].filter((id) => !kept.has(id));
  const patch: ListPatch = { ...(put.length ? { put } : {}), ...(remove.length ? { remove } : {}) };
  // Reordering (an outline moved, a record moved up) is rare: the full order only then.
  const order = after.map((r) => keyOf(r, key));
  const implied = applyList(before, patch, key).map((r) => keyOf(r, key));
  return implied.every((id, i) => id === order[i]) ? patch : { ...patch, order };
}

function applyList(base: readonly unknown[], patch: ListPatch, key: string): unknown[] {
  const put = new Map((patch.put ?? []).map((r) => [keyOf(r, key), r]));
  const removed = new Set(patch.remove ?? []);
  const out: unknown[] = [];
  for (const record of base) {
    const id = keyOf(record, key);
    if (removed.has(id)) continue;
    out.push(put.get(id) ?? record);
    put.delete(id);
  }
  out.push(...put.values());
  if (!patch.order) return out;
  const at = new Map(patch.order.map((id, i) => [id, i]));
  return out.sort((x, y) => (at.get(keyOf(x, key)) ?? Infinity) - (at.get(keyOf(y, key)) ?? Infinity));
}

function diffMap(before: Doc, after: Doc): MapPatch {
  const put: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(after)) if (before[k] !== v) put[k] = v;
  const remove = Object.keys(before).filter((k) => !(k in after));
  return { ...(Object.keys(put).length ? { put } : {}), ...(remove.length ? { remove } : {}) };
}

function isRecord(value: unknown): value is Doc {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
