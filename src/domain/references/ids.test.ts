import { describe, expect, it } from 'vitest';
import { IdSchema } from '../schema/id';
import { corpusReference } from '../testing/corpusReferences';
import { freshId, referenceKey, sanitizeId } from './ids';

describe('referenceKey', () => {
  it('names a work by its first author and year, as the maps do', () => {
    expect(referenceKey(corpusReference('davies-wheatcroft2004'))).toBe('davies2004');
    expect(referenceKey(corpusReference('figes1996'))).toBe('figes1996');
  });

  it('falls back to a word of the title, and to "ref"', () => {
    expect(referenceKey({ title: 'The Years of Hunger', issued: { 'date-parts': [[2004]] } })).toBe('years2004');
    expect(referenceKey({})).toBe('ref');
  });
});

describe('sanitizeId', () => {
  it.each([
    ['lih2006', 'lih2006'],
    ['Lih:2006', 'Lih:2006'],
    ['Łukács 1923', 'Lukacs-1923'],
    ['_hidden/key', 'hidden-key'],
    ['Trotsky (1930)', 'Trotsky-1930'],
  ])('%j becomes %j', (key, id) => {
    expect(sanitizeId(key)).toBe(id);
    expect(IdSchema.safeParse(id).success).toBe(true);
  });

  it('gives up on keys with nothing usable', () => {
    expect(sanitizeId('___')).toBeUndefined();
    expect(sanitizeId('')).toBeUndefined();
  });

  it('keeps ids within the length ids allow', () => {
    expect(IdSchema.safeParse(sanitizeId('a'.repeat(500))).success).toBe(true);
  });
});

describe('freshId', () => {
  it('numbers the base until it is free', () => {
    expect(freshId('lih2006', new Set())).toBe('lih2006');
    expect(freshId('lih2006', new Set(['lih2006', 'lih2006-2']))).toBe('lih2006-3');
  });
});
