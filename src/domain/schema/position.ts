import { z } from './zod';
import { IdSchema } from './id';

export const HexColorSchema = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour is #rrggbb');

/** An actor or school holding claims; the columns of a comparison and the lanes of the canvas. */
export const PositionSchema = z.object({
  id: IdSchema,
  label: z.string().min(1),
  color: HexColorSchema,
  /** Human-readable period, e.g. "1903-1917" or "April 1917". */
  period: z.string().optional(),
  /** Year the position was first held; orders the timeline. */
  from: z.number().int().optional(),
  /** Last year the position was held, when it ended. */
  to: z.number().int().optional(),
  description: z.string().optional(),
});
export type Position = z.infer<typeof PositionSchema>;
