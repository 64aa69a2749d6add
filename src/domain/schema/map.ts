import { z } from './zod';
import { EdgeSchema } from './edge';
import { IdSchema } from './id';
import { LayoutSchema } from './layout';
import { MapNodeSchema } from './node';
import { SavedOutlineSchema } from './outline';
import { PositionSchema } from './position';
import { QuestionSchema } from './question';
import { ReferenceSchema } from './reference';
import { SourceSchema } from './source';

export const MAP_FORMAT = 'counterpoint-map';
/** The newest map format version this code reads and writes. */
export const CURRENT_VERSION = 1;

export const ArgumentMapSchema = z.object({
  $schema: z.string().optional(),
  format: z.literal(MAP_FORMAT),
  version: z.literal(CURRENT_VERSION),
  id: IdSchema,
  title: z.string().min(1),
  description: z.string().optional(),
  sources: z.array(SourceSchema),
  positions: z.array(PositionSchema),
  questions: z.array(QuestionSchema),
  references: z.array(ReferenceSchema),
  nodes: z.array(MapNodeSchema),
  edges: z.array(EdgeSchema),
  layout: LayoutSchema,
  /**
   * Where the user moved claims and objections in the swimlanes, as offsets from each node's
   * cell (its position's lane, its first question's row): a second layout, so that the free
   * one and the lanes each stay as the user left them (see domain/compare/laneView.ts).
   */
  laneLayout: LayoutSchema.optional(),
  /** The user's saved essay outlines, one per thesis (see schema/outline.ts). */
  outlines: z.array(SavedOutlineSchema).optional(),
});
export type ArgumentMap = z.infer<typeof ArgumentMapSchema>;

/** Keys in the order they are written, so saved files diff cleanly. */
export const MAP_KEY_ORDER = Object.keys(ArgumentMapSchema.shape);

export function emptyMap(id: string, title: string): ArgumentMap {
  return {
    format: MAP_FORMAT,
    version: CURRENT_VERSION,
    id,
    title,
    sources: [],
    positions: [],
    questions: [],
    references: [],
    nodes: [],
    edges: [],
    layout: {},
  };
}
