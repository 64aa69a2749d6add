import { referenceYear, type CslName, type Reference } from '../schema/reference';
import type { Source } from '../schema/source';

/** A source's work as the reader's header shows it: who, what, when, and where it appeared. */
export interface WorkLine {
  readonly authors: string;
  readonly title: string;
  readonly year: string;
  readonly publication: string;
}

const personName = (n: CslName) => n.literal ?? [n.given, n['non-dropping-particle'], n.family].filter(Boolean).join(' ');

/** Names as a reader says them: "Leon Trotsky", "A and B", "A, B and C". */
export function namesLine(names: readonly CslName[]): string {
  const list = names.map(personName).filter(Boolean);
  return list.length <= 2 ? list.join(' and ') : `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}

/**
 * The work a source is a copy of: its reference when it names one, else what the source
 * itself records (author, year), with the source's title.
 */
export function workLine(source: Source, reference: Reference | undefined): WorkLine {
  if (!reference) {
    return { authors: source.author ?? '', title: source.title, year: source.year === undefined ? '' : String(source.year), publication: '' };
  }
  const names = reference.author?.length ? reference.author : (reference.editor ?? []);
  const edition = reference.edition === undefined ? '' : /^\d+$/.test(String(reference.edition)) ? `${ordinal(Number(reference.edition))} ed.` : String(reference.edition);
  return {
    authors: `${namesLine(names)}${!reference.author?.length && names.length ? (names.length > 1 ? ', eds.' : ', ed.') : ''}`,
    title: reference.title ?? source.title,
    year: String(referenceYear(reference) ?? ''),
    publication: [reference['container-title'], reference.publisher, edition].filter(Boolean).join(', '),
  };
}

function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}
