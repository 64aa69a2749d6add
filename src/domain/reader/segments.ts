/** A range to mark in a run of text; `key` says what it is (a passage id, a search hit). */
export interface MarkRange<K> {
  readonly start: number;
  readonly end: number;
  readonly key: K;
}

/** A stretch of text with the same marks throughout. */
export interface Segment<K> {
  readonly start: number;
  readonly end: number;
  /** The marks covering the whole segment, in the order they were given. */
  readonly keys: readonly K[];
}

/**
 * Cuts the text between `from` and `to` into segments at every mark boundary, so overlapping
 * marks (two passages, a passage and a search hit) render as flat, non-nested runs. Offsets
 * are whatever unit the caller uses; marks outside the range are clipped.
 */
export function segmentText<K>(from: number, to: number, marks: readonly MarkRange<K>[]): Segment<K>[] {
  if (to <= from) return [];
  const cuts = new Set<number>([from, to]);
  for (const m of marks) {
    if (m.end <= from || m.start >= to) continue;
    cuts.add(Math.max(from, m.start));
    cuts.add(Math.min(to, m.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment<K>[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    out.push({ start, end, keys: marks.filter((m) => m.start <= start && m.end >= end && m.end > m.start).map((m) => m.key) });
  }
  return out;
}
