import { referenceAuthorNames, referenceYear, type Reference } from '../schema/reference';
import { freshId } from './ids';
import { normalizeDoi, normalizeIsbns, normalizeMainTitle, normalizeTitle } from './identifiers';

/** Why two records were taken for one work. */
export type MatchReason = 'DOI' | 'ISBN' | 'title and year';

export interface ReferenceMatch {
  /** The incoming record, as it came. */
  readonly incoming: Reference;
  /** The record already in the map (or added earlier in the same import) that it matched. */
  readonly existing: Reference;
  readonly by: MatchReason;
}

export interface MergeResult {
  /** The map's references, unchanged and in order, followed by the works added. */
  readonly references: readonly Reference[];
  /** The works that were new, with the ids they were added under. */
  readonly added: readonly Reference[];
  /** The incoming records that were already there: nothing of theirs was added. */
  readonly matched: readonly ReferenceMatch[];
  /** Each incoming id to the id its work has in `references` (the same id, a fresh one, or the match's). */
  readonly ids: Readonly<Record<string, string>>;
  /** Incoming ids that named a different work already in the map, and the fresh ids their works got. */
  readonly renamed: readonly { readonly from: string; readonly to: string }[];
}

/** What one record is compared by, worked out once. */
interface Keys {
  readonly ref: Reference;
  readonly doi: string | undefined;
  readonly isbns: readonly string[];
  readonly title: string;
  readonly mainTitle: string;
  readonly year: number | undefined;
  readonly firstAuthor: string;
}

function keysOf(ref: Reference): Keys {
  return {
    ref,
    doi: normalizeDoi(ref.DOI),
    isbns: normalizeIsbns(ref.ISBN),
    title: normalizeTitle(ref.title),
    mainTitle: normalizeMainTitle(ref.title),
    year: referenceYear(ref),
    firstAuthor: normalizeTitle(referenceAuthorNames(ref)[0]),
  };
}

/**
 * Whether two records are one work: the same DOI, else a shared ISBN, else the same title and
 * year. Titles match whole, or when one has no subtitle, by the main title; and two records that
 * both name authors must agree on the first one's family name, so two different books that share
 * a common title and year ("The Russian Revolution") stay apart. Two different DOIs never match.
 */
function matchKeys(a: Keys, b: Keys): MatchReason | undefined {
  if (a.doi && b.doi) return a.doi === b.doi ? 'DOI' : undefined;
  if (a.isbns.some((i) => b.isbns.includes(i))) return 'ISBN';
  if (a.year === undefined || a.year !== b.year || !a.title || !b.title) return undefined;
  if (a.firstAuthor && b.firstAuthor && a.firstAuthor !== b.firstAuthor) return undefined;
  const oneHasNoSubtitle = a.title === a.mainTitle || b.title === b.mainTitle;
  return a.title === b.title || (oneHasNoSubtitle && a.mainTitle === b.mainTitle) ? 'title and year' : undefined;
}

/** Whether two references are one work, and by what (the rule above). */
export function sameWork(a: Reference, b: Reference): MatchReason | undefined {
  return matchKeys(keysOf(a), keysOf(b));
}

/**
 * Merges imported references into a map's without duplicates. A record that is a work already
 * there (or already added from the same import) is not added; the existing record is kept as it
 * is, since the map's curators may have checked it. A new work keeps its id unless another work
 * holds it, in which case it gets a fresh one (`key-2`). Pure: neither list is changed.
 */
export function mergeReferences(existing: readonly Reference[], incoming: readonly Reference[]): MergeResult {
  const known: Keys[] = existing.map(keysOf);
  const taken = new Set(existing.map((r) => r.id));
  const added: Reference[] = [];
  const matched: ReferenceMatch[] = [];
  const renamed: { from: string; to: string }[] = [];
  const ids: Record<string, string> = {};
  for (const ref of incoming) {
    const keys = keysOf(ref);
    let by: MatchReason | undefined;
    const match = known.find((k) => (by = matchKeys(keys, k)) !== undefined);
    if (match && by) {
      matched.push({ incoming: ref, existing: match.ref, by });
      ids[ref.id] ??= match.ref.id;
      continue;
    }
    const id = freshId(ref.id, taken);
    if (id !== ref.id) renamed.push({ from: ref.id, to: id });
    const placed = id === ref.id ? ref : { ...ref, id };
    taken.add(id);
    added.push(placed);
    known.push({ ...keys, ref: placed });
    ids[ref.id] ??= id;
  }
  return { references: [...existing, ...added], added, matched, ids, renamed };
}
