import type { ArgumentMap } from '../domain/schema/map';
import { deepEqual } from './equal';
import { COLLECTION_NAMES, COLLECTIONS, POINT_MAPS } from './layout';

type Json = Readonly<Record<string, unknown>>;

/**
 * `next` with every record (and saved point) that equals its counterpart in `previous`
 * replaced by that very object, and whole lists kept when nothing in them changed. The loader
 * returns new objects for everything; a store whose selectors compare by identity would
 * otherwise redraw every node on every remote edit.
 */
export function shareUnchanged(previous: ArgumentMap | undefined, next: ArgumentMap): ArgumentMap {
  if (!previous) return next;
  const out: Record<string, unknown> = { ...next };
  for (const name of COLLECTION_NAMES) {
    const before = previous[name] as readonly Json[] | undefined;
    const after = next[name] as readonly Json[] | undefined;
    if (!before || !after) continue;
    const keyField = COLLECTIONS[name];
    const old = new Map(before.map((r) => [r[keyField], r]));
    const merged = after.map((r) => {
      const o = old.get(r[keyField]);
      return o && deepEqual(o, r) ? o : r;
    });
    out[name] = merged.length === before.length && merged.every((r, i) => r === before[i]) ? before : merged;
  }
  for (const name of POINT_MAPS) {
    const before = previous[name];
    const after = next[name];
    if (!before || !after) continue;
    const merged: Record<string, unknown> = {};
    let same = Object.keys(before).length === Object.keys(after).length;
    for (const [id, p] of Object.entries(after)) {
      const o = before[id];
      merged[id] = o && deepEqual(o, p) ? o : p;
      same &&= merged[id] === o;
    }
    out[name] = same ? before : merged;
  }
  return out as ArgumentMap;
}
