import { z } from './zod';
import { HASH_PATTERN } from '../text/hash';
import { IdSchema } from './id';

/** The kinds of file a source's text was taken from. */
export const SOURCE_MEDIA = ['text/plain', 'text/markdown', 'text/html', 'application/pdf'] as const;
export type SourceMedia = (typeof SOURCE_MEDIA)[number];

/** Where each page of a paged source starts, in code points, with the label its edition prints. */
export const PageBoundarySchema = z.object({
  start: z.number().int().min(0),
  label: z.string().min(1),
});

/**
 * A text that passages quote, and the work it is. Its text lives in one of three places:
 * a `file` relative to the folder of the map file (which must stay inside it); inline as
 * `text`, so that an exported map is self-contained; or `stored: "browser"`, kept in the
 * browser's store under its `hash` because it is too large to copy into every saved map.
 * `ref` names the reference (CSL-JSON, in the map's `references`) the outline cites it by;
 * `pages` are its page boundaries, so passages and citations know their page.
 */
export const SourceSchema = z
  .object({
    id: IdSchema,
    title: z.string().min(1),
    file: z.string().min(1).optional(),
    text: z.string().optional(),
    stored: z.literal('browser').optional(),
    hash: z.string().regex(HASH_PATTERN, 'a hash is the SHA-256 of the text in 64 lowercase hex digits').optional(),
    media: z.enum(SOURCE_MEDIA).optional(),
    ref: IdSchema.optional(),
    pages: z.array(PageBoundarySchema).optional(),
    author: z.string().optional(),
    year: z.number().int().optional(),
    url: z.string().optional(),
    description: z.string().optional(),
  })
  .refine((s) => [s.file, s.text, s.stored].filter((x) => x !== undefined).length === 1, {
    message: 'a source has exactly one of a file, an inline text or stored: "browser"',
  })
  .refine((s) => s.stored === undefined || s.hash !== undefined, {
    message: 'a source stored in the browser needs the hash of its text',
    path: ['hash'],
  });
export type Source = z.infer<typeof SourceSchema>;

/** A source's fields in the order a map file writes them (the text and the long page list last but one and last). */
export const SOURCE_FIELDS = ['id', 'title', 'file', 'text', 'stored', 'hash', 'media', 'ref', 'author', 'year', 'url', 'description', 'pages'] as const;
