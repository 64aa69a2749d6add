import { describe, expect, it } from 'vitest';
import { SAMPLE_SOURCE } from '../../domain/testing/sampleMap';
import { findQuote } from './findQuote';

describe('finding a pasted quote in its source', () => {
  it('finds a verbatim quote and cuts the selector from the source', () => {
    const found = findQuote(SAMPLE_SOURCE, '  Only the working class, leading the peasantry ');
    expect(found.status).toBe('found');
    if (found.status !== 'found') return;
    expect(found.selector.quote).toBe('Only the working class, leading the peasantry');
    expect(SAMPLE_SOURCE.slice(found.selector.start, found.selector.end)).toBe(found.selector.quote);
    expect(found.occurrences).toBe(1);
  });

  it('offers the closest text of the source for a misquote, never the misquote itself', () => {
    const close = findQuote(SAMPLE_SOURCE, 'The liberal bourgeoisie was unable to play a revolutionary role');
    expect(close.status).toBe('close');
    if (close.status !== 'close') return;
    expect(SAMPLE_SOURCE).toContain(close.selector.quote);
  });

  it('reports text that is not in the source', () => {
    expect(findQuote(SAMPLE_SOURCE, 'Completely unrelated words about gardening and weather').status).toBe('missing');
    expect(findQuote(SAMPLE_SOURCE, '   ').status).toBe('missing');
  });
});
