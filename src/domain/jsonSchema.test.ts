import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mapJsonSchema } from './jsonSchema';

describe('maps/map.schema.json', () => {
  it('is the schema generated from the zod schemas (run `npm run schema` after changing them)', () => {
    const committed = JSON.parse(readFileSync(join(import.meta.dirname, '../../maps/map.schema.json'), 'utf8'));
    expect(committed).toEqual(mapJsonSchema());
  });

  it('describes every node kind and relation', () => {
    const text = JSON.stringify(mapJsonSchema());
    for (const word of ['claim', 'passage', 'objection', 'work', 'note', 'undercuts', 'assesses', 'complicates']) {
      expect(text).toContain(`"${word}"`);
    }
  });
});
