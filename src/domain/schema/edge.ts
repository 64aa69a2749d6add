import { z } from './zod';
import { IdSchema } from './id';

export const RELATIONS = ['states', 'supports', 'attacks', 'undercuts', 'contrasts', 'assesses'] as const;
export const RelationSchema = z.enum(RELATIONS);
export type Relation = z.infer<typeof RelationSchema>;

export const STANCES = ['supports', 'challenges', 'complicates'] as const;
export const StanceSchema = z.enum(STANCES);
export type Stance = z.infer<typeof StanceSchema>;

/**
 * A relation between two records, by id. `to` is a node id for every relation but
 * `undercuts`, whose target is the id of the support or attack edge it denies.
 * `stance` and `pages` belong to `assesses` (a work's reading of a claim); `note` says why
 * the relation holds, on any edge (for `assesses`, the historian's reading).
 */
export const EdgeSchema = z.object({
  id: IdSchema,
  from: IdSchema,
  to: IdSchema,
  relation: RelationSchema,
  stance: StanceSchema.optional(),
  note: z.string().optional(),
  pages: z.string().optional(),
});
export type Edge = z.infer<typeof EdgeSchema>;
