import { z } from './zod';
import { IdSchema } from './id';
import { answeredQuestions } from './claim';
import { defineKind } from './kind';

/**
 * A claim whose role is to attack another claim or a link. It is attributed to a
 * position (a rival in the text) or to a work (a historian), or to both.
 */
export const ObjectionSchema = z.object({
  id: IdSchema,
  kind: z.literal('objection'),
  text: z.string().min(1),
  title: z.string().optional(),
  position: IdSchema.optional(),
  /** The reference (by id) the objection is drawn from. */
  ref: IdSchema.optional(),
  pages: z.string().optional(),
  answers: z.union([IdSchema, z.array(IdSchema)]).optional(),
  tags: z.array(z.string()).optional(),
});
export type Objection = z.infer<typeof ObjectionSchema>;

export const objectionKind = defineKind({
  kind: 'objection',
  schema: ObjectionSchema,
  title: 'Objection',
  size: { width: 260, height: 120 },
  arguable: true,
  inlineEditable: true,
  from: ['supports', 'attacks', 'undercuts', 'contrasts'],
  to: ['states', 'supports', 'attacks', 'contrasts', 'assesses'],
  label: (node) => node.title ?? node.text,
  names: (node) => ({
    positions: node.position ? [node.position] : [],
    questions: answeredQuestions(node),
    references: node.ref ? [node.ref] : [],
  }),
  searchWords: (node) => [node.title ?? '', node.text, ...(node.tags ?? [])],
});
