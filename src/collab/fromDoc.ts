import * as Y from 'yjs';
import { loadMapValue, type LoadOptions, type LoadResult } from '../domain/loader';
import { compareOrder } from './order';
import {
  COLLECTION_NAMES,
  COLLECTIONS,
  collectionMap,
  MARKERS,
  META_FIELDS,
  metaMap,
  orderMap,
  POINT_MAPS,
  pointMap,
  type CollectionName,
} from './layout';

type Json = Record<string, unknown>;

/**
 * The map a doc holds, as a plain value for the loader (`loadMapValue`): never trusted as is,
 * since a doc is whatever the clients of a room wrote. Records come out in their order keys'
 * order; a record whose key field disagrees with its key in the doc takes the key.
 *
 * Concurrent deletions are settled here, as deleting would have settled them had the edits
 * been made one after the other (see `settleDeletions`).
 */
export function docToMapValue(doc: Y.Doc): Json {
  return readMapValue(doc, (_name, key, entry, keyField) => readRecord(entry, keyField, key));
}

/** `docToMapValue` through the one loader: what a client shows and what the server checks. */
export function loadDocMap(doc: Y.Doc, options: LoadOptions): LoadResult {
  return loadMapValue(docToMapValue(doc), options);
}

/**
 * Reads a doc's map again and again (after every update, as the server's checks and a
 * client's binding do), converting only the records that changed since the last read; the
 * others come back as the same objects. Dispose of it with the doc.
 */
export class DocMapReader {
  private readonly cache = new Map<CollectionName, Map<string, unknown>>(COLLECTION_NAMES.map((name) => [name, new Map()]));
  private readonly observers: [Y.Map<unknown>, (events: Y.YEvent<Y.AbstractType<unknown>>[]) => void][] = [];

  constructor(private readonly doc: Y.Doc) {
    for (const name of COLLECTION_NAMES) {
      const records = collectionMap(doc, name);
      const cached = this.cache.get(name)!;
      const forget = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
        for (const event of events) {
          if (event.target === records) for (const key of (event as Y.YMapEvent<unknown>).keysChanged) cached.delete(key);
          else {
            // A field of a record changed: the record's key is the path's first step.
            const key = event.path[0];
            if (typeof key === 'string') cached.delete(key);
          }
        }
      };
      records.observeDeep(forget);
      this.observers.push([records, forget]);
    }
  }

  read(): Json {
    return readMapValue(this.doc, (name, key, entry, keyField) => {
      const cached = this.cache.get(name)!;
      if (cached.has(key)) return cached.get(key);
      const record = readRecord(entry, keyField, key);
      cached.set(key, record);
      return record;
    });
  }

  dispose(): void {
    for (const [records, forget] of this.observers) records.unobserveDeep(forget);
  }
}

type RecordReader = (name: CollectionName, key: string, entry: unknown, keyField: string) => unknown;

function readMapValue(doc: Y.Doc, record: RecordReader): Json {
  const meta = metaMap(doc);
  const value: Json = {};
  for (const field of META_FIELDS) if (meta.has(field)) value[field] = plain(meta.get(field));
  for (const name of COLLECTION_NAMES) {
    if (name === 'outlines' && !meta.get(MARKERS.hasOutlines) && collectionMap(doc, name).size === 0) continue;
    value[name] = readCollection(doc, name, record);
  }
  for (const name of POINT_MAPS) {
    const points = pointMap(doc, name);
    if (name === 'laneLayout' && !meta.get(MARKERS.hasLaneLayout) && points.size === 0) continue;
    value[name] = Object.fromEntries([...points.entries()].map(([id, p]) => [id, plain(p)]));
  }
  return settleDeletions(value);
}

function readCollection(doc: Y.Doc, name: CollectionName, record: RecordReader): unknown[] {
  const keyField = COLLECTIONS[name];
  const order = orderMap(doc, name);
  const rows = [...collectionMap(doc, name).entries()].map(([key, entry]) => {
    const orderKey = order.get(key);
    return { key, order: typeof orderKey === 'string' ? orderKey : undefined, record: record(name, key, entry, keyField) };
  });
  return rows.sort(compareOrder).map((row) => row.record);
}

function readRecord(entry: unknown, keyField: string, key: string): unknown {
  // Anything but a Y.Map is passed on as it is, for the loader to refuse with a located problem.
  if (!(entry instanceof Y.Map)) return plain(entry);
  const record: Json = { [keyField]: key };
  for (const [field, v] of entry.entries()) if (field !== keyField) record[field] = plain(v);
  return record;
}

/** Shared types become plain JSON; plain values (the usual case) pass as they are. */
function plain(v: unknown): unknown {
  return v instanceof Y.AbstractType ? (v.toJSON() as unknown) : v;
}

/**
 * When one client deletes a node while another links to it, or notes it, each edit is valid
 * alone and their merge is not. Deletion wins, as it does for one user: edges that touch a
 * node the map no longer has are left out, then undercuts of edges left out, and notes lose
 * `about` entries naming such nodes (the store's `removeElements` rule). Saved positions and
 * outlines of missing nodes are the loader's to drop. Records left out stay in the doc.
 */
export function settleDeletions(value: Json): Json {
  const { nodes, edges } = value;
  if (!Array.isArray(nodes) || !Array.isArray(edges)) return value;
  const nodeIds = new Set(nodes.map((n) => (isJson(n) ? n.id : undefined)).filter((id): id is string => typeof id === 'string'));
  const namesMissing = (id: unknown) => typeof id === 'string' && !nodeIds.has(id);
  let kept = edges.filter((e) => !isJson(e) || !(namesMissing(e.from) || (e.relation !== 'undercuts' && namesMissing(e.to))));
  for (;;) {
    const edgeIds = new Set(kept.map((e) => (isJson(e) ? e.id : undefined)));
    const next = kept.filter((e) => !isJson(e) || e.relation !== 'undercuts' || typeof e.to !== 'string' || edgeIds.has(e.to));
    if (next.length === kept.length) break;
    kept = next;
  }
  const settledNodes = nodes.map((n) => {
    if (!isJson(n) || n.kind !== 'note' || !Array.isArray(n.about) || !n.about.some(namesMissing)) return n;
    const { about, ...rest } = n;
    const left = (about as unknown[]).filter((id) => !namesMissing(id));
    return left.length > 0 ? { ...rest, about: left } : rest;
  });
  return { ...value, nodes: settledNodes, edges: kept };
}

function isJson(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
