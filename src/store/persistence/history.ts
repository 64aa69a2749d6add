import type { ArgumentMap } from '../../domain/schema/map';
import { serializeMap } from '../../domain/serialize';
import type { TrackedState } from '../types';
import { applyPatch, diffDocs, type DocPatch } from './docPatch';

/**
 * A map's undo and redo history as it is kept in IndexedDB: the document it leads to (by
 * fingerprint: the document itself is the autosave, or the default) and, walking away from
 * it, one patch per step. 200 steps of an 80-node map take a few kilobytes, not 200 copies.
 */
export interface SavedHistory {
  readonly key: string;
  /** Fingerprint of the document the history leads to (`docFingerprint`). */
  readonly head: string;
  /** From the head back: `past[0]` turns the head into the state one undo gives, and so on. */
  readonly past: readonly HistoryStep[];
  /** From the head forward: `future[0]` turns the head into the state one redo gives. */
  readonly future: readonly HistoryStep[];
  /** Fingerprint of the default map when some step lands on it (steps marked `pristine`). */
  readonly pristine?: string;
  readonly savedAt: number;
}

export interface HistoryStep {
  readonly patch: DocPatch;
  /** The step lands on the default map itself, so undoing back to it un-edits the map. */
  readonly pristine?: true;
}

export interface HistoryLimits {
  /** Steps kept each way (the oldest undo and the farthest redo go first). */
  readonly steps: number;
  /** Roughly how many characters of JSON the patches may take in all. */
  readonly chars: number;
}

export const HISTORY_LIMITS: HistoryLimits = { steps: 200, chars: 1_000_000 };

/** The past, the present and the future, as the undo store holds them. */
export interface Timeline {
  readonly past: readonly Partial<TrackedState>[];
  readonly present: ArgumentMap;
  readonly future: readonly Partial<TrackedState>[];
}

const fingerprints = new WeakMap<ArgumentMap, string>();

/**
 * Names a document's content: a hash of what `serializeMap` writes (so a map read back through
 * the loader has the same one) and its length. Cached per document object.
 */
export function docFingerprint(doc: ArgumentMap): string {
  let known = fingerprints.get(doc);
  if (!known) {
    const text = serializeMap(doc);
    known = `${hash(text)}:${text.length}`;
    fingerprints.set(doc, known);
  }
  return known;
}

interface Measured {
  readonly patch: DocPatch;
  readonly chars: number;
}
/** Patches between states already seen: the same pair is diffed once, however often the history is written. */
const steps = new WeakMap<ArgumentMap, WeakMap<ArgumentMap, Measured>>();

function step(from: ArgumentMap, to: ArgumentMap): Measured {
  let byTarget = steps.get(from);
  if (!byTarget) steps.set(from, (byTarget = new WeakMap()));
  let known = byTarget.get(to);
  if (!known) {
    const patch = diffDocs(from, to);
    known = { patch, chars: JSON.stringify(patch).length };
    byTarget.set(to, known);
  }
  return known;
}

export interface EncodeOptions {
  readonly key: string;
  /** The default map, if the open map is one: steps landing on it are marked. */
  readonly pristine?: ArgumentMap | null;
  /** History before this document is not kept ("Reset to default" discards what came before). */
  readonly floor?: ArgumentMap | null;
  readonly limits?: HistoryLimits;
  readonly now?: number;
}

/** The history worth keeping, or null when there is none (nothing to undo or redo). */
export function encodeHistory(timeline: Timeline, options: EncodeOptions): SavedHistory | null {
  const limits = options.limits ?? HISTORY_LIMITS;
  /** Documents one, two, … steps away, nearest first (the undo store lists them oldest first). */
  const away = (states: readonly Partial<TrackedState>[], floor?: ArgumentMap | null): ArgumentMap[] => {
    const docs: ArgumentMap[] = [];
    for (let i = states.length - 1; i >= 0 && docs.length < limits.steps; i--) {
      const doc = states[i]!.doc;
      if (!doc) break;
      docs.push(doc);
      if (doc === floor) break;
    }
    return docs;
  };
  // The floor (the state "Reset to default" left) is as far back as the kept history goes.
  const floor = options.floor ?? null;
  const directions = [
    { docs: timeline.present === floor ? [] : away(timeline.past, floor), out: [] as HistoryStep[] },
    { docs: away(timeline.future), out: [] as HistoryStep[] },
  ];
  let budget = limits.chars;
  // Nearest steps first, alternating, so a tight budget keeps some undo and some redo; a
  // direction stops at its first step over budget (a history has no gaps).
  for (let i = 0; directions.some((d) => i < d.docs.length && d.out.length === i); i++) {
    for (const d of directions) {
      if (i >= d.docs.length || d.out.length < i) continue;
      const measured = step(i === 0 ? timeline.present : d.docs[i - 1]!, d.docs[i]!);
      if (measured.chars > budget) continue;
      budget -= measured.chars;
      d.out.push({ patch: measured.patch, ...(options.pristine && d.docs[i] === options.pristine ? { pristine: true as const } : {}) });
    }
  }
  const [past, future] = directions.map((d) => d.out) as [HistoryStep[], HistoryStep[]];
  if (past.length === 0 && future.length === 0) return null;
  const marked = [...past, ...future].some((s) => s.pristine);
  return {
    key: options.key,
    head: docFingerprint(timeline.present),
    past,
    future,
    ...(marked && options.pristine ? { pristine: docFingerprint(options.pristine) } : {}),
    savedAt: options.now ?? Date.now(),
  };
}

/**
 * The undo store's past and future rebuilt from a saved history, on the document just opened;
 * null when the history does not lead to that document (the map changed since, on disk or
 * elsewhere): it would undo into some other map. States that were the default map are the
 * default map object again, so undoing back to it leaves the map unedited.
 */
export function decodeHistory(
  saved: SavedHistory,
  doc: ArgumentMap,
  pristine?: ArgumentMap | null,
): { pastStates: TrackedState[]; futureStates: TrackedState[] } | null {
  if (saved.head !== docFingerprint(doc)) return null;
  const samePristine = !!pristine && saved.pristine !== undefined && saved.pristine === docFingerprint(pristine);
  const walk = (stepsAway: readonly HistoryStep[]): TrackedState[] => {
    const out: TrackedState[] = [];
    let at = doc;
    for (const s of stepsAway) {
      at = s.pristine && samePristine ? pristine : applyPatch(at, s.patch);
      out.push({ doc: at });
    }
    return out;
  };
  try {
    // The undo store lists both oldest first; nearest is last.
    return { pastStates: walk(saved.past).reverse(), futureStates: walk(saved.future).reverse() };
  } catch {
    // A record damaged in storage: no history rather than a broken one.
    return null;
  }
}

/** cyrb53: a fast 53-bit string hash, plenty to tell two versions of a map apart. */
function hash(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}
