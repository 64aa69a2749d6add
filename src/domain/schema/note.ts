import { z } from './zod';
import { IdSchema } from './id';
import { defineKind } from './kind';

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

export const noteKind = defineKind({
  kind: 'note',
  schema: NoteSchema,
  title: 'Note',
  size: { width: 240, height: 120 },
  arguable: false,
  inlineEditable: true,
  from: [],
  to: [],
  label: (node) => node.title ?? node.text,
  names: (node) => ({ nodes: node.about ?? [] }),
  searchWords: (node) => [node.title ?? '', node.text],
});
