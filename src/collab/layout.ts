import type * as Y from 'yjs';

/**
 * How a map lies in a Y.Doc. Every name here is a top-level shared type, never a nested one
 * made on the fly: two clients that both create a nested map under one key would each make
 * their own, and one of them would be lost. Top-level types are the same object everywhere.
 *
 * - `meta`: the map's own fields (`META_FIELDS`) and a few markers (`MARKERS`).
 * - one map per record list (`COLLECTIONS`), record key -> a nested Y.Map of the record's
 *   fields (all but the key), so concurrent edits to different fields of one record merge.
 * - one order map per list (`<list>Order`), record key -> a fractional order key (see order.ts).
 * - `layout` and `laneLayout`: node id -> `{ x, y }`, each point one value.
 */
export const DOC_LAYOUT_VERSION = 1;

/** Record lists and the field that keys each record (outlines are keyed by their thesis). */
export const COLLECTIONS = {
  sources: 'id',
  positions: 'id',
  questions: 'id',
  references: 'id',
  nodes: 'id',
  edges: 'id',
  outlines: 'thesis',
} as const;
export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];

/** Keyed objects of the map: node id -> point. */
export const POINT_MAPS = ['layout', 'laneLayout'] as const;
export type PointMapName = (typeof POINT_MAPS)[number];

/** The map's own scalar fields, kept in `meta`. */
export const META_FIELDS = ['$schema', 'format', 'version', 'id', 'title', 'description'] as const;

/**
 * Markers in `meta` beside the map's fields. `laneLayout` and `outlines` are optional in a
 * map: the markers say they are present even when empty, so a map round-trips exactly.
 */
export const MARKERS = {
  layoutVersion: 'doc:layout',
  hasLaneLayout: 'has:laneLayout',
  hasOutlines: 'has:outlines',
} as const;

export const orderMapName = (collection: CollectionName): string => `${collection}Order`;

export const metaMap = (doc: Y.Doc): Y.Map<unknown> => doc.getMap('meta');
export const collectionMap = (doc: Y.Doc, name: CollectionName): Y.Map<unknown> => doc.getMap(name);
export const orderMap = (doc: Y.Doc, name: CollectionName): Y.Map<unknown> => doc.getMap(orderMapName(name));
export const pointMap = (doc: Y.Doc, name: PointMapName): Y.Map<unknown> => doc.getMap(name);

/** Every top-level type of the layout: what an UndoManager watches. */
export function sharedTypes(doc: Y.Doc): Y.Map<unknown>[] {
  return [
    metaMap(doc),
    ...COLLECTION_NAMES.flatMap((name) => [collectionMap(doc, name), orderMap(doc, name)]),
    ...POINT_MAPS.map((name) => pointMap(doc, name)),
  ];
}

/** True when the doc holds no map yet (a room nobody has filled). */
export function isEmptyDoc(doc: Y.Doc): boolean {
  return metaMap(doc).size === 0 && COLLECTION_NAMES.every((name) => collectionMap(doc, name).size === 0);
}
