import { describe, expect, it } from 'vitest';
import { normalizeDoi, normalizeIsbns, normalizeMainTitle, normalizeTitle } from './identifiers';

describe('normalizeDoi', () => {
  it.each([
    '10.1007/978-1-349-25024-0',
    'https://doi.org/10.1007/978-1-349-25024-0',
    'http://dx.doi.org/10.1007/978-1-349-25024-0',
    'doi:10.1007/978-1-349-25024-0',
    ' DOI: 10.1007/978-1-349-25024-0 ',
  ])('reads %s as the bare DOI', (value) => {
    expect(normalizeDoi(value)).toBe('10.1007/978-1-349-25024-0');
  });

  it('ignores case, which DOIs do not distinguish', () => {
    expect(normalizeDoi('10.1163/9789047407126')).toBe(normalizeDoi('10.1163/9789047407126'.toUpperCase()));
  });

  it.each(['', 'not a doi', '11.1007/x', 'https://example.org/10.1007/x'])('refuses %j', (value) => {
    expect(normalizeDoi(value)).toBeUndefined();
  });
});

describe('normalizeIsbns', () => {
  // Conquest, The Harvest of Sorrow (Oxford University Press, 1986): ISBN 0-19-504054-6 (data/corpus).
  it('gives an ISBN-10 and its ISBN-13 the same 13 digits', () => {
    expect(normalizeIsbns('0-19-504054-6')).toEqual(['9780195040548']);
    expect(normalizeIsbns('978-0-19-504054-8')).toEqual(['9780195040548']);
  });

  it('reads every ISBN of a field, whatever stands beside them', () => {
    // McDermott and Agnew (978-0-333-55284-1) and Carr (0-333-33062-5), both Macmillan, from data/corpus.
    expect(normalizeIsbns('ISBN-13: 978-0-333-55284-1 (hbk); 0-333-33062-5 (pbk)')).toEqual(['9780333552841', '9780333330623']);
  });

  it('reads an ISBN-10 whose check digit is X (a string of that shape, not a book)', () => {
    expect(normalizeIsbns('123456789X')).toEqual(['9781234567897']);
    expect(normalizeIsbns('12345678XX')).toEqual([]);
  });

  it('finds nothing in text without ISBNs', () => {
    expect(normalizeIsbns('hardback, 1986')).toEqual([]);
    expect(normalizeIsbns(undefined)).toEqual([]);
  });
});

describe('normalizeTitle', () => {
  it('ignores case, accents, curly quotes, punctuation and spacing', () => {
    expect(normalizeTitle('A People’s Tragedy: The Russian Revolution, 1891–1924')).toBe(normalizeTitle("a peoples  tragedy - the russian revolution 1891 1924"));
    expect(normalizeTitle('Geschichte der Sowjetunion')).toBe(normalizeTitle('GESCHICHTE  der sowjetunion.'));
    expect(normalizeTitle('Économie')).toBe('economie');
  });

  it('cuts the subtitle for the main title', () => {
    expect(normalizeMainTitle('The Prophet Armed: Trotsky, 1879–1921')).toBe('the prophet armed');
    expect(normalizeMainTitle('Lenin Rediscovered: What Is to Be Done? in Context')).toBe('lenin rediscovered');
  });
});
