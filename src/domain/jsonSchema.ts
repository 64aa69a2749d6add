import { z } from './schema/zod';
import { ArgumentMapSchema } from './schema/map';

/**
 * The JSON Schema of map files, generated from the zod schemas so the two cannot drift.
 * Editors use it (through each map's "$schema") to autocomplete and check by hand-edits;
 * the loader remains the authority (it also checks ids, anchors and sources).
 */
export function mapJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(ArgumentMapSchema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' });
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Counterpoint argument map',
    description: 'One argument map: sources, positions, questions, CSL-JSON references, nodes, edges and layout. See README.md, "The map format".',
    ...schema,
  };
}
