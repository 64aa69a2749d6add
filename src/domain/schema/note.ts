import { z } from 'zod';
import { IdSchema } from './id';

export const NoteLinkSchema = z.object({
  /** Another map, by its id. */
  map: IdSchema,
  /** A node in that map, when the link is to one node. */
  node: IdSchema.optional(),
  label: z.string().optional(),
});
export type NoteLink = z.infer<typeof NoteLinkSchema>;

/** Free commentary by the map's author, optionally about nodes and pointing to other maps. */
export const NoteSchema = z.object({
  id: IdSchema,
  kind: z.literal('note'),
  text: z.string().min(1),
  title: z.string().optional(),
  /** Nodes of this map the note comments on. */
  about: z.array(IdSchema).optional(),
  links: z.array(NoteLinkSchema).optional(),
});
export type Note = z.infer<typeof NoteSchema>;
