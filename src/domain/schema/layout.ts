import { z } from './zod';
import { IdSchema } from './id';

export const PointSchema = z.object({ x: z.number().finite(), y: z.number().finite() });
export type Point = z.infer<typeof PointSchema>;

/** Saved canvas positions by node id. Kept apart from the nodes so layouts diff cleanly. */
export const LayoutSchema = z.record(IdSchema, PointSchema);
export type Layout = z.infer<typeof LayoutSchema>;

/**
 * A node's saved place, or undefined. Ids may legally be `constructor` or `toString`, which a
 * plain object answers to from its prototype: look places up with this, never `layout[id]`.
 */
export function placeOf(layout: Readonly<Layout>, id: string): Point | undefined {
  return Object.hasOwn(layout, id) ? layout[id] : undefined;
}
