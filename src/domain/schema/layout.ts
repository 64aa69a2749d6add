import { z } from './zod';
import { IdSchema } from './id';

export const PointSchema = z.object({ x: z.number().finite(), y: z.number().finite() });
export type Point = z.infer<typeof PointSchema>;

/** Saved canvas positions by node id. Kept apart from the nodes so layouts diff cleanly. */
export const LayoutSchema = z.record(IdSchema, PointSchema);
export type Layout = z.infer<typeof LayoutSchema>;
