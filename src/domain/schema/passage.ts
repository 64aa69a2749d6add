import { z } from './zod';
import { IdSchema } from './id';
import { defineKind } from './kind';

/**
 * A verbatim quote from a source, anchored twice over as in the W3C Web Annotation model:
 * by the quote with its context (TextQuoteSelector: quote, prefix, suffix) and by its
 * place (TextPositionSelector: start and end in code points, end exclusive). In a paged
 * source it also records its page, so a citation needs no copy of the text.
 */
export const PassageSchema = z.object({
  id: IdSchema,
  kind: z.literal('passage'),
  source: IdSchema,
  quote: z.string().min(1),
  prefix: z.string().optional(),
  suffix: z.string().optional(),
  start: z.number().int(),
  end: z.number().int(),
  /** In a paged source, the page or page range ("41", "41-42") its offsets fall on; kept in sync by the loader. */
  page: z.string().min(1).optional(),
  note: z.string().optional(),
});
export type Passage = z.infer<typeof PassageSchema>;

export const passageKind = defineKind({
  kind: 'passage',
  schema: PassageSchema,
  title: 'Passage',
  size: { width: 280, height: 150 },
  arguable: false,
  inlineEditable: false,
  from: ['states', 'supports', 'attacks', 'undercuts'],
  to: [],
  label: (node) => node.quote,
  names: (node) => ({ sources: [node.source] }),
  searchWords: (node, lookups) => [node.quote, node.note ?? '', lookups.source(node.source)?.title ?? ''],
});
