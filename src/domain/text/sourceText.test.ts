import { describe, expect, it } from 'vitest';
import { paragraphAt, splitParagraphs } from './paragraphs';
import { codePointLength, SourceText } from './sourceText';

describe('SourceText', () => {
  it('maps code points to UTF-16 units and back around astral characters', () => {
    const s = new SourceText('a\u{1F600}b\u{1F600}c');
    expect(s.length).toBe(5);
    expect(s.toUnit(2)).toBe(3);
    expect(s.toCodePoint(3)).toBe(2);
    expect(s.toCodePoint(2)).toBe(1); // inside a surrogate pair
    expect(s.slice(1, 4)).toBe('\u{1F600}b\u{1F600}');
  });

  it('is the identity on BMP-only text', () => {
    const s = new SourceText('plain \u2014 text');
    expect(s.length).toBe(12);
    expect(s.toUnit(7)).toBe(7);
  });

  it('counts code points', () => {
    expect(codePointLength('\u{1F600}x')).toBe(2);
    expect(codePointLength('')).toBe(0);
  });
});

describe('splitParagraphs', () => {
  it('numbers blank-line-separated paragraphs from 1 with code-point ranges', () => {
    const s = new SourceText('Title\n\n\u{1F600} First para.\nStill first.\n\n  \nSecond.\n');
    const ps = splitParagraphs(s);
    expect(ps.map((p) => s.slice(p.start, p.end))).toEqual(['Title', '\u{1F600} First para.\nStill first.', 'Second.']);
    expect(ps.map((p) => p.number)).toEqual([1, 2, 3]);
    expect(paragraphAt(ps, ps[1]!.start + 3)?.number).toBe(2);
    expect(paragraphAt(ps, ps[0]!.end)).toBeUndefined();
  });
});
