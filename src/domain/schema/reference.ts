import { z } from './zod';
import { IdSchema } from './id';

/** CSL 1.0.2 item types: the vocabulary Zotero, Pandoc and citeproc share. */
export const CSL_TYPES = [
  'article', 'article-journal', 'article-magazine', 'article-newspaper', 'bill', 'book',
  'broadcast', 'chapter', 'classic', 'collection', 'dataset', 'document', 'entry',
  'entry-dictionary', 'entry-encyclopedia', 'event', 'figure', 'graphic', 'hearing',
  'interview', 'legal_case', 'legislation', 'manuscript', 'map', 'motion_picture',
  'musical_score', 'pamphlet', 'paper-conference', 'patent', 'performance', 'periodical',
  'personal_communication', 'post', 'post-weblog', 'regulation', 'report', 'review',
  'review-book', 'software', 'song', 'speech', 'standard', 'thesis', 'treaty', 'webpage',
] as const;

export const CslNameSchema = z.looseObject({
  family: z.string().optional(),
  given: z.string().optional(),
  literal: z.string().optional(),
  suffix: z.string().optional(),
  'non-dropping-particle': z.string().optional(),
  'dropping-particle': z.string().optional(),
});
export type CslName = z.infer<typeof CslNameSchema>;

const DatePart = z.union([z.number().int(), z.string().regex(/^-?\d+$/)]);

export const CslDateSchema = z.looseObject({
  'date-parts': z.array(z.array(DatePart).min(1).max(3)).min(1).max(2).optional(),
  literal: z.string().optional(),
  raw: z.string().optional(),
  circa: z.union([z.boolean(), z.string(), z.number()]).optional(),
  season: z.union([z.string(), z.number()]).optional(),
});
export type CslDate = z.infer<typeof CslDateSchema>;

const Num = z.union([z.string(), z.number()]);

/**
 * A CSL-JSON item. The common fields are typed; any other CSL field passes through
 * untouched, so that references round-trip with Zotero and Pandoc.
 */
export const ReferenceSchema = z.looseObject({
  id: IdSchema,
  type: z.enum(CSL_TYPES),
  title: z.string().optional(),
  'title-short': z.string().optional(),
  author: z.array(CslNameSchema).optional(),
  editor: z.array(CslNameSchema).optional(),
  translator: z.array(CslNameSchema).optional(),
  issued: CslDateSchema.optional(),
  'original-date': CslDateSchema.optional(),
  'container-title': z.string().optional(),
  'collection-title': z.string().optional(),
  'collection-number': Num.optional(),
  publisher: z.string().optional(),
  'publisher-place': z.string().optional(),
  edition: Num.optional(),
  volume: Num.optional(),
  issue: Num.optional(),
  page: z.string().optional(),
  ISBN: z.string().optional(),
  DOI: z.string().optional(),
  URL: z.string().optional(),
  note: z.string().optional(),
});
export type Reference = z.infer<typeof ReferenceSchema>;

/** The year a reference was issued, if it has one. */
export function referenceYear(ref: Pick<Reference, 'issued'>): number | undefined {
  const first = ref.issued?.['date-parts']?.[0]?.[0];
  if (first === undefined) return undefined;
  const year = typeof first === 'number' ? first : Number.parseInt(first, 10);
  return Number.isFinite(year) ? year : undefined;
}

/** Family names (or literal names) of a reference's authors, falling back to editors. */
export function referenceAuthorNames(ref: Pick<Reference, 'author' | 'editor'>): string[] {
  const names = ref.author?.length ? ref.author : (ref.editor ?? []);
  return names.map((n) => n.family ?? n.literal ?? '').filter((n) => n.length > 0);
}

/** What a reference lacks to be citable: a title, an author (or editor) and a year. */
export function missingReferenceFacts(ref: Reference): string[] {
  const missing: string[] = [];
  if (!ref.title?.trim()) missing.push('title');
  if (referenceAuthorNames(ref).length === 0) missing.push('author');
  if (referenceYear(ref) === undefined) missing.push('year');
  return missing;
}
