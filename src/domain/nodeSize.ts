import { KINDS, NODE_KINDS, type NodeKind } from './schema/node';

/**
 * The size every node kind is drawn at on the canvas, in flow units (each kind's `size`).
 * Sizes are fixed (text is clamped and the full text lives in the details panel), so a
 * layout computed anywhere (the map-building scripts, the layout worker, the swimlanes) is
 * exactly what the canvas shows, and "no overlapping nodes" can be checked without a browser.
 */
export const NODE_SIZES = Object.fromEntries(NODE_KINDS.map((k) => [k, KINDS[k].size])) as Readonly<Record<NodeKind, { readonly width: number; readonly height: number }>>;

/** Size of a kind this code does not know (the canvas's fallback node). */
export const FALLBACK_NODE_SIZE = { width: 240, height: 80 } as const;

export function nodeSize(kind: string): { width: number; height: number } {
  return Object.hasOwn(KINDS, kind) ? KINDS[kind as NodeKind].size : FALLBACK_NODE_SIZE;
}

export interface Box {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Pairs of boxes that overlap (touching edges do not count), with a margin kept clear around each. */
export function overlappingPairs(boxes: readonly Box[], margin = 0): [string, string][] {
  const sorted = [...boxes].sort((a, b) => a.x - b.x);
  const out: [string, string][] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j]!;
      if (b.x >= a.x + a.width + margin) break;
      if (a.y < b.y + b.height + margin && b.y < a.y + a.height + margin) out.push([a.id, b.id]);
    }
  }
  return out;
}
