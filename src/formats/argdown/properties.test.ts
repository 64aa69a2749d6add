import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadMapValue } from '../../domain/loader';
import type { ArgumentMap } from '../../domain/schema/map';
import { HOSTILE_IDS, HOSTILE_KEYS, prototypesUntouched } from '../../domain/testing/hostile';
import { sampleReader } from '../../domain/testing/sampleMap';
import { argdownImporter } from '.';

/** Titles a document may give its statements and arguments: words, and names every plain object already answers to. */
const title = fc.oneof(fc.constantFrom(...HOSTILE_KEYS, ...HOSTILE_IDS, ...Object.getOwnPropertyNames(Object.prototype)), fc.stringMatching(/^[A-Z][a-z]{1,8}( [a-z]{1,8})?$/));

/** A thesis with reasons and objections under it, statements or arguments, each with its own text. */
const document = fc.uniqueArray(title, { minLength: 2, maxLength: 8, selector: (t) => t.toLowerCase() }).chain((titles) =>
  fc.array(fc.tuple(fc.constantFrom('+', '-'), fc.boolean()), { minLength: titles.length - 1, maxLength: titles.length - 1 }).map((children) => ({
    titles,
    text: [`[${titles[0]}]: The thesis, numbered 0.`, ...children.map(([sign, argument], i) => `  ${sign} ${argument ? `<${titles[i + 1]}>` : `[${titles[i + 1]}]`}: Statement numbered ${i + 1}.`)].join('\n'),
  })),
);

describe('Argdown titles', () => {
  it('any title, constructor, toString and __proto__ included, brings in its statement with its text and relation', async () => {
    await fc.assert(
      fc.asyncProperty(document, async ({ titles, text }) => {
        const result = await argdownImporter.parse(text, { readSource: sampleReader() });
        expect(prototypesUntouched()).toBe(true);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        const loaded = loadMapValue(result.value, { readSource: sampleReader() });
        expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
        const map = (loaded.ok ? loaded.map : { nodes: [], edges: [] }) as Pick<ArgumentMap, 'nodes' | 'edges'>;
        const texts = map.nodes.map((n) => ('text' in n ? n.text : '')).sort();
        expect(texts).toEqual(titles.map((_, i) => (i === 0 ? 'The thesis, numbered 0.' : `Statement numbered ${i}.`)).sort());
        expect(map.edges).toHaveLength(titles.length - 1);
      }),
      { numRuns: 60 },
    );
  });
});
