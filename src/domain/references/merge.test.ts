import { describe, expect, it } from 'vitest';
import type { Reference } from '../schema/reference';
import { corpusReference } from '../testing/corpusReferences';
import { mergeReferences, sameWork } from './merge';

const pipes = corpusReference('pipes1990');
const fitzpatrick = corpusReference('fitzpatrick1982');
const comintern = corpusReference('mcdermott-agnew1996');
const conquest = corpusReference('conquest1986');
const deutscher = corpusReference('deutscher1954');

/** The same work as a reference manager would export it: another key, another way of writing its identifiers. */
function asExported(ref: Reference, id: string, changes: Partial<Reference> = {}): Reference {
  const { note: _note, ...rest } = ref;
  return { ...rest, id, ...changes };
}

describe('sameWork', () => {
  it('matches by DOI however it is written', () => {
    expect(sameWork(comintern, asExported(comintern, 'x', { DOI: `https://doi.org/${comintern.DOI!.toUpperCase()}`, title: 'The Comintern' }))).toBe('DOI');
  });

  it('never matches two different DOIs, even with the same title and year', () => {
    expect(sameWork(comintern, asExported(comintern, 'x', { DOI: '10.1007/other' }))).toBeUndefined();
  });

  it('matches an ISBN-10 with the same ISBN-13', () => {
    expect(sameWork(conquest, asExported(conquest, 'x', { ISBN: '978-0-19-504054-8', title: 'Harvest of Sorrow' }))).toBe('ISBN');
  });

  it('matches the same title and year, the title written differently or without its subtitle', () => {
    expect(sameWork(deutscher, asExported(deutscher, 'x', { title: 'THE PROPHET ARMED: TROTSKY 1879-1921' }))).toBe('title and year');
    expect(sameWork(deutscher, asExported(deutscher, 'x', { title: 'The Prophet Armed' }))).toBe('title and year');
  });

  it('keeps apart the same title in another year, and by another author in the same year', () => {
    // Pipes (1990) and Fitzpatrick (1982) both wrote The Russian Revolution.
    expect(sameWork(pipes, fitzpatrick)).toBeUndefined();
    expect(sameWork(pipes, asExported(fitzpatrick, 'x', { issued: { 'date-parts': [[1990]] } }))).toBeUndefined();
  });

  it('does not match two subtitles of one main title', () => {
    expect(sameWork(deutscher, asExported(deutscher, 'x', { title: 'The Prophet Armed: Another Subtitle' }))).toBeUndefined();
  });
});

describe('mergeReferences', () => {
  it('adds new works and leaves out works already there, saying which matched what', () => {
    const existing = [pipes, conquest];
    const incoming = [asExported(conquest, 'Conquest1986', { ISBN: '9780195040548' }), asExported(fitzpatrick, 'fitzpatrick1982')];
    const result = mergeReferences(existing, incoming);
    expect(result.references.map((r) => r.id)).toEqual(['pipes1990', 'conquest1986', 'fitzpatrick1982']);
    expect(result.added.map((r) => r.id)).toEqual(['fitzpatrick1982']);
    expect(result.matched).toEqual([{ incoming: incoming[0], existing: conquest, by: 'ISBN' }]);
    expect(result.ids).toEqual({ Conquest1986: 'conquest1986', fitzpatrick1982: 'fitzpatrick1982' });
    expect(result.renamed).toEqual([]);
  });

  it('keeps the existing record as it is when a work matches', () => {
    const result = mergeReferences([conquest], [asExported(conquest, 'c', { publisher: 'Another Publisher' })]);
    expect(result.references).toEqual([conquest]);
    expect(result.references[0]).toBe(conquest);
  });

  it('gives a fresh id to a new work whose id another work holds', () => {
    const clash = asExported(fitzpatrick, 'pipes1990');
    const result = mergeReferences([pipes], [clash]);
    expect(result.added).toEqual([{ ...clash, id: 'pipes1990-2' }]);
    expect(result.renamed).toEqual([{ from: 'pipes1990', to: 'pipes1990-2' }]);
    expect(result.ids).toEqual({ pipes1990: 'pipes1990-2' });
  });

  it('leaves out a work the same import holds twice', () => {
    const result = mergeReferences([], [asExported(deutscher, 'a'), asExported(deutscher, 'b', { title: 'The Prophet Armed' })]);
    expect(result.added.map((r) => r.id)).toEqual(['a']);
    expect(result.matched).toHaveLength(1);
    expect(result.ids).toEqual({ a: 'a', b: 'a' });
  });

  it('changes neither list', () => {
    const existing = [pipes];
    const incoming = [asExported(fitzpatrick, 'pipes1990')];
    const before = structuredClone([existing, incoming]);
    mergeReferences(existing, incoming);
    expect([existing, incoming]).toEqual(before);
  });

  it('merging the same import twice adds nothing the second time', () => {
    const incoming = [asExported(fitzpatrick, 'f'), asExported(comintern, 'm')];
    const once = mergeReferences([pipes], incoming);
    const twice = mergeReferences(once.references, incoming);
    expect(twice.added).toEqual([]);
    expect(twice.references).toEqual(once.references);
  });
});
