import { z } from './zod';
import { IdSchema } from './id';

/** A question that rival positions answer: a row of the comparison matrix. */
export const QuestionSchema = z.object({
  id: IdSchema,
  text: z.string().min(1),
  description: z.string().optional(),
});
export type Question = z.infer<typeof QuestionSchema>;
