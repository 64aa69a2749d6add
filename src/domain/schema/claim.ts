import { z } from './zod';
import { IdSchema } from './id';
import { defineKind } from './kind';

/** A proposition held by a position. It may answer one or more questions and may be central to the map. */
export const ClaimSchema = z.object({
  id: IdSchema,
  kind: z.literal('claim'),
  text: z.string().min(1),
  /** A short label for the canvas and outlines; the text is the full proposition. */
  title: z.string().optional(),
  position: IdSchema.optional(),
  answers: z.union([IdSchema, z.array(IdSchema)]).optional(),
  central: z.boolean().optional(),
  tags: z.array(z.string()).optional(),
});
export type Claim = z.infer<typeof ClaimSchema>;

/** The questions a claim (or objection) answers, whether stored as one id or a list. */
export function answeredQuestions(node: { answers?: string | readonly string[] | undefined }): string[] {
  if (node.answers === undefined) return [];
  return typeof node.answers === 'string' ? [node.answers] : [...node.answers];
}

export const claimKind = defineKind({
  kind: 'claim',
  schema: ClaimSchema,
  title: 'Claim',
  size: { width: 260, height: 120 },
  arguable: true,
  inlineEditable: true,
  from: ['supports', 'attacks', 'undercuts', 'contrasts'],
  to: ['states', 'supports', 'attacks', 'contrasts', 'assesses'],
  label: (node) => node.title ?? node.text,
  names: (node) => ({ positions: node.position ? [node.position] : [], questions: answeredQuestions(node) }),
  searchWords: (node) => [node.title ?? '', node.text, ...(node.tags ?? [])],
});
