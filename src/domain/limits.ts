import { problem, type Problem } from './errors';
import { jsonPath, type PathSegment } from './jsonPath';

/** The longest text field a map may hold (a claim, a note, a quote): a long essay is well under it. */
export const MAX_TEXT_CHARS = 100_000;

/** The largest file Counterpoint opens as a map or an import: refused by its size, before it is read. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** FILE_TOO_LARGE for a file over the limit, named with its size; undefined when it may be read. */
export function fileSizeProblem(name: string, size: number): Problem | undefined {
  if (size <= MAX_FILE_BYTES) return undefined;
  return problem('FILE_TOO_LARGE', '$', `${name} is ${megabytes(size)}; a file may be at most ${megabytes(MAX_FILE_BYTES)}, so it was not read`, { detail: { file: name, bytes: size } });
}

/** A source's own text has its own, larger limit (see formats/sources/limits.ts). */
const isSourceText = (path: readonly PathSegment[]) => path.length === 3 && path[0] === 'sources' && typeof path[1] === 'number' && path[2] === 'text';

/** A place in the value, linked to its parent: the path is only spelled out for a problem, so a deep value costs linear time. */
interface Place {
  readonly value: unknown;
  readonly key?: PathSegment;
  readonly parent?: Place;
}

function pathOf(place: Place): PathSegment[] {
  const out: PathSegment[] = [];
  for (let p: Place | undefined = place; p?.parent; p = p.parent) out.push(p.key!);
  return out.reverse();
}

/**
 * TEXT_TOO_LONG for every string in a parsed map over the limit, named by its JSON path.
 * Walked with a stack, not recursion, so a hostile file nested thousands deep cannot
 * overflow it.
 */
export function textLengthProblems(value: unknown): Problem[] {
  const out: Problem[] = [];
  const stack: Place[] = [{ value }];
  while (stack.length > 0) {
    const place = stack.pop()!;
    const v = place.value;
    if (typeof v === 'string') {
      if (v.length <= MAX_TEXT_CHARS) continue;
      const path = pathOf(place);
      if (!isSourceText(path)) out.push(problem('TEXT_TOO_LONG', jsonPath(path), `this text is ${v.length.toLocaleString('en')} characters long; a text field may hold at most ${MAX_TEXT_CHARS.toLocaleString('en')}`));
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], key: i, parent: place });
    } else if (v !== null && typeof v === 'object') {
      const keys = Object.keys(v);
      for (let i = keys.length - 1; i >= 0; i--) stack.push({ value: (v as Record<string, unknown>)[keys[i]!], key: keys[i]!, parent: place });
    }
  }
  return out;
}
