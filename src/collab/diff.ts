import * as Y from 'yjs';
import type { ArgumentMap } from '../domain/schema/map';
import { deepEqual } from './equal';
import {
  COLLECTION_NAMES,
  COLLECTIONS,
  collectionMap,
  DOC_LAYOUT_VERSION,
  MARKERS,
  META_FIELDS,
  metaMap,
  orderMap,
  POINT_MAPS,
  pointMap,
  type CollectionName,
} from './layout';
import { planOrder } from './order';

type Json = Readonly<Record<string, unknown>>;

/**
 * Writes into `doc` what changed between two values of one map, and nothing else, in one
 * transaction with `origin` (the origin an UndoManager tracks as the user's own). A record
 * is compared by identity first (edits copy only what they touch), then field by field with
 * deep equality, and only the fields that differ are set or deleted, so concurrent edits to
 * other fields, or other records, are never overwritten with stale values.
 *
 * `before` is the value the caller last saw in the doc; a record it had that the doc no
 * longer has was deleted by someone else, and an edit to it is dropped (deletion wins).
 * Without `before`, the whole of `after` is written (filling an empty doc).
 *
 * Returns how many records it left alone because the doc no longer has them: when not 0,
 * the caller's `after` shows records the doc does not, and it should read the doc again.
 */
export function applyMapDiff(doc: Y.Doc, before: ArgumentMap | undefined, after: ArgumentMap, origin: unknown): number {
  if (before === after) return 0;
  let gone = 0;
  doc.transact(() => {
    writeMeta(doc, before, after);
    for (const name of COLLECTION_NAMES) {
      const b = listOf(before, name);
      const a = listOf(after, name);
      if (b !== a) gone += writeCollection(doc, name, b, a);
    }
    for (const name of POINT_MAPS) {
      const b = before?.[name] ?? {};
      const a = after[name] ?? {};
      if (b !== a) writePoints(pointMap(doc, name), b, a);
    }
  }, origin);
  return gone;
}

/** Fills an empty doc with a whole map: the room's first content, or a fresh local doc. */
export function fillDoc(doc: Y.Doc, map: ArgumentMap, origin: unknown = null): void {
  applyMapDiff(doc, undefined, map, origin);
}

/** A new doc holding `map`. */
export function mapToDoc(map: ArgumentMap): Y.Doc {
  const doc = new Y.Doc();
  fillDoc(doc, map);
  return doc;
}

const EMPTY: readonly Json[] = [];

function listOf(map: ArgumentMap | undefined, name: CollectionName): readonly Json[] {
  return (map?.[name] as readonly Json[] | undefined) ?? EMPTY;
}

function writeMeta(doc: Y.Doc, before: ArgumentMap | undefined, after: ArgumentMap): void {
  const meta = metaMap(doc);
  const b = (before ?? {}) as Json;
  const a = after as Json;
  for (const field of META_FIELDS) setField(meta, field, b[field], a[field]);
  if (meta.get(MARKERS.layoutVersion) !== DOC_LAYOUT_VERSION) meta.set(MARKERS.layoutVersion, DOC_LAYOUT_VERSION);
  setField(meta, MARKERS.hasLaneLayout, before?.laneLayout !== undefined || undefined, after.laneLayout !== undefined || undefined);
  setField(meta, MARKERS.hasOutlines, before?.outlines !== undefined || undefined, after.outlines !== undefined || undefined);
}

function writeCollection(doc: Y.Doc, name: CollectionName, before: readonly Json[], after: readonly Json[]): number {
  let gone = 0;
  const keyField = COLLECTIONS[name];
  const records = collectionMap(doc, name);
  const order = orderMap(doc, name);
  const keyOf = (r: Json) => String(r[keyField]);
  const old = new Map(before.map((r) => [keyOf(r), r]));
  const kept = new Set<string>();
  for (const record of after) {
    const key = keyOf(record);
    kept.add(key);
    const previous = old.get(key);
    if (previous === record) continue;
    const entry = records.get(key);
    if (previous === undefined || !(entry instanceof Y.Map)) {
      // New here; or the caller had it and the doc does not (deleted elsewhere: deletion wins).
      if (previous === undefined || entry !== undefined) records.set(key, newRecord(record, keyField));
      else gone++;
      continue;
    }
    for (const field of new Set([...Object.keys(previous), ...Object.keys(record)])) {
      if (field !== keyField) setField(entry, field, previous[field], record[field]);
    }
  }
  for (const key of old.keys()) {
    if (kept.has(key)) continue;
    records.delete(key);
    order.delete(key);
  }
  const keys = after.map(keyOf);
  if (!sameKeys(before.map(keyOf), keys)) {
    for (const [key, orderKey] of planOrder(keys, (k) => order.get(k))) order.set(key, orderKey);
  }
  return gone;
}

function newRecord(record: Json, keyField: string): Y.Map<unknown> {
  const entry = new Y.Map<unknown>();
  for (const [field, v] of Object.entries(record)) if (field !== keyField && v !== undefined) entry.set(field, v);
  return entry;
}

function writePoints(points: Y.Map<unknown>, before: Json, after: Json): void {
  for (const [id, p] of Object.entries(after)) if (before[id] !== p && !deepEqual(before[id], p)) points.set(id, p);
  for (const id of Object.keys(before)) if (!(id in after)) points.delete(id);
}

/** Sets or deletes one field when its value changed; `undefined` means absent. */
function setField(target: Y.Map<unknown>, field: string, before: unknown, after: unknown): void {
  if (before === after || deepEqual(before, after)) return;
  if (after === undefined) target.delete(field);
  else target.set(field, after);
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((k, i) => k === b[i]);
}
