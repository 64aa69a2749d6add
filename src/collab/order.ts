import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

/**
 * Record order as fractional keys (strings that sort between any two others), one per record.
 * Reading sorts by key, then by record key, so clients that insert at the same place at the
 * same time (and so pick the same order key) still agree on one order. Moving a record sets
 * its key alone: no list to splice, no duplicate when two clients move the same record.
 */

/** A key this code can generate neighbours for; anything else (a hostile or broken value) is rekeyed. */
export function isOrderKey(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 256) return false;
  try {
    generateKeyBetween(value, null);
    return true;
  } catch {
    return false;
  }
}

/** Compares two records by order key, then by their own key: the one order every client reads. */
export function compareOrder(a: { order: string | undefined; key: string }, b: { order: string | undefined; key: string }): number {
  // A record with no order key (only a broken client makes one) goes last.
  const ao = a.order ?? '\uffff';
  const bo = b.order ?? '\uffff';
  if (ao !== bo) return ao < bo ? -1 : 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/**
 * The order keys to write so that `keys` read back in this order, changing as few as
 * possible: the records whose current keys already rise in this order (the longest such
 * run) keep them; the others get fresh keys between their kept neighbours.
 */
export function planOrder(keys: readonly string[], current: (key: string) => unknown): Map<string, string> {
  const existing = keys.map((k) => {
    const order = current(k);
    return isOrderKey(order) ? order : undefined;
  });
  const kept = longestRisingRun(existing);
  const updates = new Map<string, string>();
  let gapStart = 0;
  let lower: string | null = null;
  const fill = (end: number, upper: string | null) => {
    const fresh = generateNKeysBetween(lower, upper, end - gapStart);
    for (let i = gapStart; i < end; i++) updates.set(keys[i]!, fresh[i - gapStart]!);
  };
  for (const index of kept) {
    const key = existing[index]!;
    if (index > gapStart) fill(index, key);
    lower = key;
    gapStart = index + 1;
  }
  if (gapStart < keys.length) fill(keys.length, null);
  return updates;
}

/** Indices of the longest strictly rising run of defined keys (patience sorting, n log n). */
function longestRisingRun(keys: readonly (string | undefined)[]): number[] {
  const tails: number[] = [];
  const previous = new Array<number>(keys.length).fill(-1);
  keys.forEach((key, i) => {
    if (key === undefined) return;
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (keys[tails[mid]!]! < key) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1]!;
    tails[lo] = i;
  });
  const run: number[] = [];
  for (let i = tails.length > 0 ? tails[tails.length - 1]! : -1; i !== -1; i = previous[i]!) run.push(i);
  return run.reverse();
}
