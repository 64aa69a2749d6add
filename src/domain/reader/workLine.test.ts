import { describe, expect, it } from 'vitest';
import { namesLine, workLine } from './workLine';

const source = { id: 'rp', title: 'results.pdf', stored: 'browser' as const, hash: 'a'.repeat(64) };

describe('workLine', () => {
  it('reads the reference: authors, title, year, and where it appeared', () => {
    const line = workLine(source, {
      id: 'trotsky1906',
      type: 'book',
      title: 'Results and Prospects',
      author: [{ family: 'Trotsky', given: 'Leon' }],
      issued: { 'date-parts': [[1906]] },
      publisher: 'Pathfinder',
      edition: 3,
    });
    expect(line).toEqual({ authors: 'Leon Trotsky', title: 'Results and Prospects', year: '1906', publication: 'Pathfinder, 3rd ed.' });
  });

  it('names editors when there is no author, and falls back to the source without a reference', () => {
    expect(workLine(source, { id: 'e', type: 'book', title: 'T', editor: [{ family: 'Day', given: 'Richard B.' }, { family: 'Gaido', given: 'Daniel' }] }).authors).toBe('Richard B. Day and Daniel Gaido, eds.');
    expect(workLine({ ...source, author: 'Julius Martov', year: 1919 }, undefined)).toEqual({ authors: 'Julius Martov', title: 'results.pdf', year: '1919', publication: '' });
  });

  it('joins three names with commas and "and"', () => {
    expect(namesLine([{ literal: 'A' }, { family: 'B' }, { given: 'C', family: 'D' }])).toBe('A, B and C D');
  });
});
