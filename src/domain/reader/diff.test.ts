import { describe, expect, it } from 'vitest';
import { diffWords, sideOf, tokenize } from './diff';

const text = (parts: { text: string }[]) => parts.map((p) => p.text).join('');

describe('diffWords', () => {
  it('marks a changed word and keeps both sides whole', () => {
    const before = 'The bourgeoisie fled to the Whites.';
    const after = 'The bourgeoisie ran off to the Whites.';
    const parts = diffWords(before, after);
    expect(parts.filter((p) => p.kind !== 'same')).toEqual([
      { kind: 'removed', text: 'fled' },
      { kind: 'added', text: 'ran off' },
    ]);
    expect(text(sideOf(parts, 'before'))).toBe(before);
    expect(text(sideOf(parts, 'after'))).toBe(after);
  });

  it('tells a curly quote or a dash from a straight one', () => {
    const parts = diffWords('the "left" - wrongly', 'the \u201cleft\u201d \u2014 wrongly');
    expect(parts.filter((p) => p.kind === 'removed').map((p) => p.text)).toEqual(['"', '"', '-']);
    expect(parts.filter((p) => p.kind === 'added').map((p) => p.text)).toEqual(['\u201c', '\u201d', '\u2014']);
  });

  it('handles identical, empty and wholly different texts', () => {
    expect(diffWords('same words', 'same words')).toEqual([{ kind: 'same', text: 'same words' }]);
    expect(diffWords('', 'new')).toEqual([{ kind: 'added', text: 'new' }]);
    expect(diffWords('old', 'new')).toEqual([
      { kind: 'removed', text: 'old' },
      { kind: 'added', text: 'new' },
    ]);
  });

  it('splits words, spaces and punctuation, keeping letters with their accents', () => {
    expect(tokenize('Café, “rêve”!')).toEqual(['Café', ',', ' ', '“', 'rêve', '”', '!']);
  });
});
