export type DiffKind = 'same' | 'removed' | 'added';

export interface DiffPart {
  readonly kind: DiffKind;
  readonly text: string;
}

/** Beyond this many token pairs the table would be slow; the middle is then shown as one change. */
const MAX_CELLS = 2_000_000;

/** Words, runs of white space, and single other characters (so a changed quote mark is its own change). */
export function tokenize(text: string): string[] {
  return text.match(/\s+|[\p{L}\p{N}\p{M}]+|[^\s\p{L}\p{N}\p{M}]/gu) ?? [];
}

/**
 * A word-level difference between a stored quote and the text now in the source, for the
 * review dialog: the parts both share, what the quote has that the source lost (`removed`),
 * and what the source has instead (`added`). Concatenating `same` and `removed` parts gives
 * back `before`; `same` and `added` give `after`.
 */
export function diffWords(before: string, after: string): DiffPart[] {
  const a = tokenize(before);
  const b = tokenize(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const parts: DiffPart[] = [];
  push(parts, 'same', a.slice(0, head).join(''));
  if (midA.length * midB.length > MAX_CELLS) {
    push(parts, 'removed', midA.join(''));
    push(parts, 'added', midB.join(''));
  } else {
    for (const p of lcsDiff(midA, midB)) push(parts, p.kind, p.text);
  }
  push(parts, 'same', a.slice(a.length - tail).join(''));
  return parts;
}

function lcsDiff(a: readonly string[], b: readonly string[]): DiffPart[] {
  const n = a.length;
  const m = b.length;
  // lengths[i][j]: length of the longest common subsequence of a[i..] and b[j..].
  const lengths = Array.from({ length: n + 1 }, () => new Uint32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i]![j] = a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const out: DiffPart[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && a[i] === b[j]) {
      push(out, 'same', a[i++]!);
      j++;
    } else if (j < m && (i === n || lengths[i]![j + 1]! > lengths[i + 1]![j]!)) {
      push(out, 'added', b[j++]!);
    } else {
      push(out, 'removed', a[i++]!);
    }
  }
  return out;
}

/** Appends a part, merging it with the previous one of the same kind. */
function push(parts: DiffPart[], kind: DiffKind, text: string): void {
  if (!text) return;
  const last = parts.at(-1);
  if (last?.kind === kind) parts[parts.length - 1] = { kind, text: last.text + text };
  else parts.push({ kind, text });
}

/** The text one side of a diff shows: `before` keeps removed parts, `after` keeps added ones. */
export function sideOf(parts: readonly DiffPart[], side: 'before' | 'after'): DiffPart[] {
  const drop: DiffKind = side === 'before' ? 'added' : 'removed';
  return parts.filter((p) => p.kind !== drop);
}
