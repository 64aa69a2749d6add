import { describe, expect, it } from 'vitest';
import { shortQuote } from './cellText';

describe('shortQuote', () => {
  it('keeps a quote within the limit whole', () => {
    expect(shortQuote('  The workers lead.  ', 20)).toBe('The workers lead.');
  });

  it('cuts a long quote at a word and marks the cut', () => {
    expect(shortQuote('The liberal bourgeoisie was incapable of playing a revolutionary role', 30)).toBe('The liberal bourgeoisie was…');
  });

  it('cuts inside a word when there is no space near the limit, counting code points', () => {
    expect(shortQuote('𝔸'.repeat(12), 10)).toBe(`${'𝔸'.repeat(10)}…`);
  });
});
