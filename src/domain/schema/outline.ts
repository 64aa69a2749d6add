import { z } from './zod';
import { IdSchema } from './id';

/** The citation styles an outline can be rendered in; the first is the default. */
export const CITATION_STYLE_IDS = ['chicago-author-date', 'chicago-note-bibliography', 'apa', 'mla'] as const;
export const CitationStyleIdSchema = z.enum(CITATION_STYLE_IDS);
export type CitationStyleId = z.infer<typeof CitationStyleIdSchema>;
export const DEFAULT_CITATION_STYLE: CitationStyleId = 'chicago-author-date';

/**
 * An outline item's id: derived from the node or edge it shows (`node:c1`, `link:e7`,
 * `section:arguments`, `stance:supports`), so a saved outline can name items across
 * rebuilds. Longer than a record id, since it carries a prefix.
 */
export const OutlineItemIdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,159}$/, 'an outline item id is a prefix and a record id, e.g. "link:e7"');

/** The parent id under which the sections themselves are ordered. */
export const OUTLINE_ROOT = 'outline';

/**
 * The user's arrangement of the outline for one thesis, saved with the map. It stores only
 * what the user changed: the order of children under a parent, the items left out, and
 * the user's own notes. Applied to a freshly built outline, ids that no longer exist are
 * ignored and new items take their default place, so it survives edits to the map.
 */
export const SavedOutlineSchema = z.object({
  thesis: IdSchema,
  title: z.string().optional(),
  /** Child ids in the user's order, by parent id (`outline` for the sections). */
  order: z.record(OutlineItemIdSchema, z.array(OutlineItemIdSchema)).optional(),
  excluded: z.array(OutlineItemIdSchema).optional(),
  /** The user's own notes, by item or section id. */
  notes: z.record(OutlineItemIdSchema, z.string()).optional(),
  style: CitationStyleIdSchema.optional(),
  /** How many levels of reasons and objections to follow below the thesis. */
  depth: z.number().int().min(1).max(12).optional(),
});
export type SavedOutline = z.infer<typeof SavedOutlineSchema>;

export const SAVED_OUTLINE_KEYS = Object.keys(SavedOutlineSchema.shape);
