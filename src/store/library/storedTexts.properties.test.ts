import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hostileJson, mutationsOf, prototypesUntouched } from '../../domain/testing/hostile';
import { SHIPPED_MAPS } from '../../domain/testing/shippedMaps';
import { HASH_PATTERN } from '../../domain/text/hash';
import { storedHashes } from './storedTexts';

const KEYS = ['sources', 'stored', 'hash', 'browser', 'id', 'title', 'text', 'file'];
const withStoredSource = fc.constantFrom(...SHIPPED_MAPS.map(({ text }) => JSON.parse(text) as { sources: unknown[] })).map((map) => ({
  ...map,
  sources: [...map.sources, { id: 'kept', title: 'Kept in this browser', stored: 'browser', hash: 'a'.repeat(64) }],
}));

describe('the stored texts an imported file names, read before the loader sees it', () => {
  it('finds the hash of a source kept in this browser', () => {
    expect(storedHashes({ sources: [{ stored: 'browser', hash: 'a'.repeat(64) }, { stored: 'browser', hash: 'not a hash' }] })).toEqual(['a'.repeat(64)]);
  });

  it('any value, hostile keys and broken maps included: never throws, only well-formed hashes, nothing polluted', () => {
    fc.assert(
      fc.property(fc.oneof(hostileJson(KEYS), withStoredSource.chain((map) => mutationsOf(map))), (value) => {
        const hashes = storedHashes(value);
        for (const hash of hashes) expect(HASH_PATTERN.test(hash)).toBe(true);
        expect(new Set(hashes).size).toBe(hashes.length);
        expect(prototypesUntouched()).toBe(true);
      }),
      { numRuns: 150 },
    );
  });
});
