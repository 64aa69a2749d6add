import { referenceAuthorNames, referenceYear, type Reference } from '../../domain/schema/reference';

/** "Lih 2006", "Davies & Wheatcroft 2004", "McDermott et al. 1996": how a card names a reference (as canvas/describe.ts does). */
export function shortCitation(ref: Reference | undefined, fallback: string): string {
  if (!ref) return fallback;
  const names = referenceAuthorNames(ref);
  const who = names.length > 2 ? `${names[0]} et al.` : names.join(' & ') || ref['title-short'] || ref.title || fallback;
  return `${who} ${referenceYear(ref) ?? 'n.d.'}`;
}
