import { describe, expect, it } from 'vitest';
import { sampleMap } from '../../domain/testing/sampleMap';
import { buildSearchIndex, searchNodes } from './searchIndex';

describe('searching the map', () => {
  const doc = sampleMap();
  doc.references[0] = { ...doc.references[0]!, author: [{ family: 'Löwy', given: 'Michael' }] };
  const index = buildSearchIndex(doc);

  it('matches claim text, quotes and authors, ignoring case and accents', () => {
    expect(searchNodes(index, 'bourgeoisie').map((e) => e.id)).toEqual(['c1', 'c2', 'p1']);
    expect(searchNodes(index, 'LOWY').map((e) => e.id)).toEqual(['w1']);
    expect(searchNodes(index, 'tsarism').map((e) => e.id)).toEqual(['p1']);
  });

  it('needs every word, and ranks a label that starts with the query first', () => {
    expect(searchNodes(index, 'cannot lead').map((e) => e.id)).toEqual(['c1']);
    // o1's label begins "Liberals"; p1 has "liberal" as its second word.
    expect(searchNodes(index, 'liberal').map((e) => e.id)).toEqual(['o1', 'p1']);
    expect(searchNodes(index, '   ')).toEqual([]);
  });
});
