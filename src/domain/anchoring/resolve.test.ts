import { describe, expect, it } from 'vitest';
import { SourceText } from '../text/sourceText';
import { resolveAnchor } from './resolve';
import { describeRange } from './selector';

const TEXT =
  'The workers took power in October. The bourgeoisie fled to the Whites. ' +
  'In the end the workers took power in October, and held it through the civil war.';

function anchorFor(text: string, quote: string, occurrence = 0) {
  const source = new SourceText(text);
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(quote, at + 1);
  return describeRange(source, source.toCodePoint(at), source.toCodePoint(at) + [...quote].length);
}

describe('resolveAnchor', () => {
  it('keeps a quote whose positions still hold', () => {
    const a = anchorFor(TEXT, 'The bourgeoisie fled to the Whites.');
    expect(resolveAnchor(new SourceText(TEXT), a)).toEqual({ status: 'exact', start: a.start, end: a.end });
  });

  it('re-anchors an exact quote in a shifted source', () => {
    const a = anchorFor(TEXT, 'The bourgeoisie fled to the Whites.');
    const shifted = `PREFACE ADDED LATER.\n\n${TEXT}`;
    expect(resolveAnchor(new SourceText(shifted), a)).toEqual({ status: 'reanchored', start: a.start + 22, end: a.end + 22 });
  });

  it('chooses between two occurrences by context, not by the first hit', () => {
    const second = anchorFor(TEXT, 'the workers took power in October', 0);
    expect(second.prefix).toMatch(/In the end $/);
    const shifted = `Intro. ${TEXT}`;
    const r = resolveAnchor(new SourceText(shifted), second);
    expect(r).toMatchObject({ status: 'reanchored', start: second.start + 7 });
  });

  it('flags a reworded quote as fuzzy with the best match, for review', () => {
    const a = anchorFor(TEXT, 'The bourgeoisie fled to the Whites.');
    const edited = TEXT.replace('fled to', 'ran off to');
    const r = resolveAnchor(new SourceText(edited), a);
    expect(r.status).toBe('fuzzy');
    if (r.status === 'fuzzy') {
      expect(r.match).toBe('The bourgeoisie ran off to the Whites.');
      expect(r.typographyOnly).toBe(false);
      expect(r.similarity).toBeGreaterThan(0.7);
    }
  });

  it('reports a deleted quote as an orphan', () => {
    const a = anchorFor(TEXT, 'The bourgeoisie fled to the Whites.');
    const without = TEXT.replace('The bourgeoisie fled to the Whites. ', '');
    expect(resolveAnchor(new SourceText(without), a)).toEqual({ status: 'orphan' });
  });

  it('finds a quote typed with straight quotes in a source with curly ones, and flags it', () => {
    const curly = 'He called them \u2018liberal\u2019 capitalists \u2014 wrongly, said the \u201cleft\u201d.';
    const typed = "them 'liberal' capitalists - wrongly, said the \"left\"";
    const r = resolveAnchor(new SourceText(curly), { quote: typed, start: 0, end: 1 });
    expect(r).toMatchObject({ status: 'fuzzy', typographyOnly: true, match: 'them \u2018liberal\u2019 capitalists \u2014 wrongly, said the \u201cleft\u201d' });
  });

  it('counts offsets in code points beyond the Basic Multilingual Plane', () => {
    const text = '\u{1F6A9} Red flag \u{1D4AE}cript: the workers\u2019 state.';
    const source = new SourceText(text);
    const quote = 'the workers\u2019 state';
    const a = anchorFor(text, quote);
    // Two astral characters before the quote: UTF-16 index is two more than the code-point offset.
    expect(text.indexOf(quote) - a.start).toBe(2);
    expect(source.slice(a.start, a.end)).toBe(quote);
    expect(resolveAnchor(source, a)).toEqual({ status: 'exact', start: a.start, end: a.end });
    const shifted = new SourceText(`\u{1F4D6}\u{1F4D6} ${text}`);
    expect(resolveAnchor(shifted, a)).toEqual({ status: 'reanchored', start: a.start + 3, end: a.end + 3 });
  });
});

describe('resolveAnchor with text taken from a PDF', () => {
  // As the PDF extractor gives it: the hyphenated "revolu-/tion" joined, the ligature spelled out.
  const EXTRACTED = 'Only the proletariat can take power in the revolution itself, and the first task is land.';
  const at = (quote: string) => EXTRACTED.indexOf(quote);

  it.each([
    ['a word hyphenated at a line end', 'take power in the revolu-\ntion itself', 'take power in the revolution itself'],
    ['the same, its line break turned into a space by the copy', 'take power in the revolu- tion itself', 'take power in the revolution itself'],
    ['a ligature', 'the \ufb01rst task', 'the first task'],
    ['runs of whitespace and line breaks', 'can take\n  power in  the', 'can take power in the'],
    ['a soft hyphen', 'the revo\u00adlution itself', 'the revolution itself'],
  ])('finds a quote with %s at the source’s own words, flagged for review', (_what, quote, words) => {
    const r = resolveAnchor(new SourceText(EXTRACTED), { quote, start: 0, end: 1 });
    expect(r).toMatchObject({ status: 'fuzzy', typographyOnly: true, match: words, start: at(words), end: at(words) + words.length });
  });

  it('finds a plain quote in a text that keeps ligatures and line-end hyphens', () => {
    const raw = 'can take power in the revolu-\ntion itself, and the \ufb01rst task';
    const r = resolveAnchor(new SourceText(raw), { quote: 'the revolution itself, and the first task', start: 0, end: 1 });
    expect(r).toMatchObject({ status: 'fuzzy', typographyOnly: true, match: 'the revolu-\ntion itself, and the \ufb01rst task' });
  });

  it('still ranks a hyphenated quote’s occurrences by their context', () => {
    const twice = `${EXTRACTED} Later: take power in the revolution itself, once more.`;
    const second = twice.lastIndexOf('take power');
    const r = resolveAnchor(new SourceText(twice), { quote: 'take power in the revolu-\ntion itself', prefix: 'Later: ', suffix: ', once more.', start: 0, end: 1 });
    expect(r).toMatchObject({ status: 'fuzzy', start: second });
  });

  it('keeps approximate matching for a reworded quote across a hyphenated word', () => {
    const r = resolveAnchor(new SourceText(EXTRACTED), { quote: 'seize power in the revolu-\ntion itself', start: 0, end: 1 });
    expect(r).toMatchObject({ status: 'fuzzy', typographyOnly: false });
    if (r.status === 'fuzzy') expect(r.match).toMatch(/power in the revolution itself$/);
  });
});
