import { z } from 'zod';
import { IdSchema } from './id';

/** A published work on the canvas: a reference (CSL-JSON, by id) plus a pinpoint. */
export const WorkSchema = z.object({
  id: IdSchema,
  kind: z.literal('work'),
  ref: IdSchema,
  pages: z.string().optional(),
  note: z.string().optional(),
});
export type Work = z.infer<typeof WorkSchema>;
