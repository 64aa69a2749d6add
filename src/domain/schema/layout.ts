import { z } from './zod';
import { IdSchema } from './id';
import { ownValue } from '../ownKey';

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
  return ownValue(layout, id);
}

/**
 * A place to a hundredth of a unit, as maps are saved (stable diffs). A coordinate too large
 * to scale (over ~1e306) is kept as it is, or it would become Infinity, be written as null
 * and refused when the map is next opened.
 */
export function roundPoint(p: Point): Point {
  return { x: toHundredth(p.x), y: toHundredth(p.y) };
}

function toHundredth(v: number): number {
  const r = Math.round(v * 100) / 100;
  return Number.isFinite(r) ? r : v;
}
