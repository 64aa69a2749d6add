import { z } from './zod';

/**
 * Ids appear in URLs, file names, CLI arguments and Argdown output, so they are kept to
 * a conservative alphabet: letters, digits and `_ . : -`, starting with a letter or digit.
 */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,127}$/;

export const IdSchema = z
  .string()
  .regex(ID_PATTERN, 'an id is 1-128 characters: letters, digits and _ . : - (starting with a letter or digit)');
export type Id = z.infer<typeof IdSchema>;
