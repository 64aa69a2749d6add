/** Writes maps/map.schema.json from the zod schemas. Run: npm run schema */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { mapJsonSchema } from '../src/domain/jsonSchema';

const target = join(import.meta.dirname, '..', 'maps', 'map.schema.json');
writeFileSync(target, `${JSON.stringify(mapJsonSchema(), null, 2)}\n`);
console.log(`wrote ${target}`);
