import { z } from 'zod';
import { IdSchema } from './id';

/**
 * A text that passages quote. Its `file` is relative to the folder of the map file and
 * must stay inside it; a source a user pasted in the browser carries its `text` inline
 * instead, so that an exported map is self-contained.
 */
export const SourceSchema = z
  .object({
    id: IdSchema,
    title: z.string().min(1),
    file: z.string().min(1).optional(),
    text: z.string().optional(),
    author: z.string().optional(),
    year: z.number().int().optional(),
    url: z.string().optional(),
    description: z.string().optional(),
  })
  .refine((s) => (s.file === undefined) !== (s.text === undefined), {
    message: 'a source has either a file or an inline text, not both and not neither',
  });
export type Source = z.infer<typeof SourceSchema>;
