import { z } from './zod';
import { IdSchema } from './id';
import { defineKind } from './kind';
import { referenceAuthorNames, referenceYear } from './reference';

/** A published work on the canvas: a reference (CSL-JSON, by id) plus a pinpoint. */
export const WorkSchema = z.object({
  id: IdSchema,
  kind: z.literal('work'),
  ref: IdSchema,
  pages: z.string().optional(),
  note: z.string().optional(),
});
export type Work = z.infer<typeof WorkSchema>;

export const workKind = defineKind({
  kind: 'work',
  schema: WorkSchema,
  title: 'Work',
  size: { width: 240, height: 100 },
  arguable: false,
  inlineEditable: false,
  from: ['assesses'],
  to: [],
  label: (node) => node.ref,
  names: (node) => ({ references: [node.ref] }),
  searchWords(node, lookups) {
    const ref = lookups.reference(node.ref);
    return [node.ref, ...(ref ? [...referenceAuthorNames(ref), ref.title ?? '', String(referenceYear(ref) ?? '')] : [])];
  },
});
