import type { CslName, Reference } from '../../domain/schema/reference';

/** A reference as the source dialog lets the user type it: the fields a citation of a source needs. */
export interface ReferenceForm {
  readonly type: Reference['type'];
  readonly title: string;
  /** "Family, Given; Family, Given" (or a name as written, for an organisation). */
  readonly authors: string;
  readonly year: string;
  /** A book's publisher, or the journal, book or site a piece appeared in. */
  readonly publisher: string;
  readonly container: string;
  readonly edition: string;
  readonly url: string;
}

export const EMPTY_REFERENCE_FORM: ReferenceForm = { type: 'book', title: '', authors: '', year: '', publisher: '', container: '', edition: '', url: '' };

const nameText = (n: CslName) => (n.family ? (n.given ? `${n.family}, ${n.given}` : n.family) : (n.literal ?? ''));

/** Fills the form from a reference (a draft from the file's metadata, or one of the map's). */
export function formFromReference(ref: Reference | undefined): ReferenceForm {
  if (!ref) return EMPTY_REFERENCE_FORM;
  const year = ref.issued?.['date-parts']?.[0]?.[0];
  return {
    type: ref.type,
    title: ref.title ?? '',
    authors: (ref.author ?? []).map(nameText).filter(Boolean).join('; '),
    year: year === undefined ? '' : String(year),
    publisher: ref.publisher ?? '',
    container: ref['container-title'] ?? '',
    edition: ref.edition === undefined ? '' : String(ref.edition),
    url: ref.URL ?? '',
  };
}

/** "Trotsky, Leon" is a family and a given name; "Leon Trotsky" or "Pathfinder Press" is kept as written. */
function parseName(text: string): CslName {
  const inverted = /^([^,]+),\s*(.+)$/.exec(text);
  return inverted ? { family: inverted[1]!.trim(), given: inverted[2]!.trim() } : { literal: text };
}

/** What is missing before the form makes a reference, or undefined when it is complete enough. */
export function referenceFormProblem(form: ReferenceForm): string | undefined {
  if (!form.title.trim()) return 'The reference needs a title.';
  if (form.year.trim() && !/^-?\d{1,4}$/.test(form.year.trim())) return 'The year should be a number, such as 1906.';
  return undefined;
}

/** The CSL-JSON reference the form describes (without an id: the store gives it one). */
export function referenceFromForm(form: ReferenceForm): Partial<Reference> & Pick<Reference, 'type'> {
  const authors = form.authors.split(';').map((a) => a.trim()).filter(Boolean).map(parseName);
  const year = Number.parseInt(form.year.trim(), 10);
  const edition = form.edition.trim();
  return {
    type: form.type,
    title: form.title.trim(),
    ...(authors.length ? { author: authors } : {}),
    ...(Number.isFinite(year) ? { issued: { 'date-parts': [[year]] } } : {}),
    ...(form.publisher.trim() ? { publisher: form.publisher.trim() } : {}),
    ...(form.container.trim() ? { 'container-title': form.container.trim() } : {}),
    ...(edition ? { edition: /^\d+$/.test(edition) ? Number(edition) : edition } : {}),
    ...(form.url.trim() ? { URL: form.url.trim() } : {}),
  };
}
