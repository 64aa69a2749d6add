import { ID_PATTERN } from '../schema/id';
import { referenceAuthorNames, referenceYear, type Reference } from '../schema/reference';

/** Letters that lose no accent under NFKD, written as ASCII: Ł, Ø, ß, Æ… */
const FOLDS: Readonly<Record<string, string>> = { Ł: 'L', ł: 'l', Ø: 'O', ø: 'o', Đ: 'D', đ: 'd', ß: 'ss', Æ: 'AE', æ: 'ae', Œ: 'OE', œ: 'oe', Þ: 'Th', þ: 'th', ı: 'i' };

/** Text in ASCII letters where it can be: accents dropped and the letters above folded. */
function asciiFold(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[ŁłØøĐđßÆæŒœÞþı]/g, (c) => FOLDS[c]!);
}

/** Letters and digits only: what a key is made of. */
function slug(text: string): string {
  return asciiFold(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '');
}

/**
 * A key in the form the maps use, `lih2006`: the first author's family name (or the title's
 * first word) and the year.
 */
export function referenceKey(ref: Pick<Reference, 'author' | 'editor' | 'title' | 'issued'>): string {
  const who = slug(referenceAuthorNames(ref)[0] ?? '') || slug(ref.title?.split(/\s+/).find((w) => slug(w).length > 3) ?? '') || 'ref';
  return `${who.slice(0, 40)}${referenceYear(ref) ?? ''}`;
}

/**
 * A citation key made into an id (`IdSchema`): characters ids do not allow become `-`, and the
 * result starts with a letter or digit. Undefined when nothing usable is left.
 */
export function sanitizeId(key: string): string | undefined {
  const cleaned = asciiFold(key)
    .replace(/[^A-Za-z0-9_.:-]+/g, '-')
    .replace(/^[^A-Za-z0-9]+/, '')
    .replace(/-+$/, '')
    .slice(0, 120);
  return ID_PATTERN.test(cleaned) ? cleaned : undefined;
}

/** `base`, or `base-2`, `base-3`… the first not in `taken`. */
export function freshId(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
