import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../text/paragraphs';
import { SourceText } from '../text/sourceText';
import { sampleMap, SAMPLE_SOURCE } from '../testing/sampleMap';
import { citationsInParagraph, passageCitations } from './citations';
import { acceptAnchor } from './review';
import { foldForSearch, parseQuery, searchSource } from './search';
import { selectorFromSelection } from './selection';

const TEXT = [
  'Permanent Revolution',
  '',
  'Trotsky’s theory of the “permanent revolution” held that the workers must lead.',
  '',
  'The Mensheviks held to stages; the revolution would be bourgeois. Irreverent critics disagreed.',
  '',
  'Engels and Marx wrote of the revolution in permanence in 1850.',
].join('\n');
const source = new SourceText(TEXT);
const paragraphs = splitParagraphs(source);

describe('searchSource', () => {
  it('finds all terms in one paragraph, at word starts, ignoring case and typography', () => {
    const hits = searchSource(source, paragraphs, "trotsky's REV");
    expect(hits.map((h) => h.paragraph)).toEqual([2, 2]);
    expect(hits.map((h) => source.slice(h.start, h.end))).toEqual(['Trotsky’s', 'rev']);
  });

  it('matches a quoted phrase as written, across curly quotes', () => {
    const hits = searchSource(source, paragraphs, '"permanent revolution"');
    expect(hits.map((h) => [h.paragraph, source.slice(h.start, h.end)])).toEqual([
      [1, 'Permanent Revolution'],
      [2, 'permanent revolution'],
    ]);
  });

  it('requires every term: a paragraph missing one is not a hit', () => {
    expect(searchSource(source, paragraphs, 'Mensheviks Trotsky')).toEqual([]);
  });

  it('does not match inside words', () => {
    const hits = searchSource(source, paragraphs, 'reverent');
    expect(hits).toEqual([]);
  });

  it('ignores diacritics without shifting offsets', () => {
    const s = new SourceText('x\n\nThe Café Crème debate.');
    const hits = searchSource(s, splitParagraphs(s), 'creme');
    expect(hits.map((h) => s.slice(h.start, h.end))).toEqual(['Crème']);
    expect(foldForSearch('İstanbul').length).toBe('İstanbul'.length);
  });

  it('parses phrases and terms', () => {
    expect(parseQuery('"two stage" theory  Lenin')).toEqual({ phrases: ['two stage'], terms: ['theory', 'lenin'] });
    expect(parseQuery('   ')).toEqual({ phrases: [], terms: [] });
  });
});

describe('selectorFromSelection', () => {
  it('cuts the exact quote from the source, trimming whitespace at the ends', () => {
    const from = TEXT.indexOf('The Mensheviks') - 2;
    const to = TEXT.indexOf('bourgeois.') + 'bourgeois.'.length + 1;
    const sel = selectorFromSelection(source, from, to)!;
    expect(sel.quote).toBe('The Mensheviks held to stages; the revolution would be bourgeois.');
    expect(source.slice(sel.start, sel.end)).toBe(sel.quote);
    expect(sel.prefix.endsWith('\n\n')).toBe(true);
  });

  it('keeps a selection that spans paragraphs byte for byte, line breaks included', () => {
    const from = TEXT.indexOf('must lead.');
    const to = TEXT.indexOf('The Mensheviks') + 3;
    expect(selectorFromSelection(source, from, to)!.quote).toBe('must lead.\n\nThe');
  });

  it('returns undefined for an empty or blank selection, and handles reversed ends', () => {
    expect(selectorFromSelection(source, 5, 5)).toBeUndefined();
    expect(selectorFromSelection(source, TEXT.indexOf('\n\n'), TEXT.indexOf('\n\n') + 2)).toBeUndefined();
    expect(selectorFromSelection(source, 9, 0)!.quote).toBe('Permanent');
  });

  it('counts code points beyond the BMP and never splits a surrogate pair', () => {
    const s = new SourceText('\u{1F6A9}\u{1F6A9} red flag');
    const sel = selectorFromSelection(s, 1, 6)!;
    expect(sel.quote).toBe('\u{1F6A9}\u{1F6A9} r');
    expect(sel.start).toBe(0);
    expect(sel.end).toBe(4);
  });
});

describe('passageCitations', () => {
  it('lists passages with their paragraphs and the claims they state', () => {
    const map = sampleMap();
    const citations = passageCitations(map, 's', SAMPLE_SOURCE);
    expect(citations).toHaveLength(1);
    expect(citations[0]!.paragraphs).toEqual([2]);
    expect(citations[0]!.claims.map((c) => c.id)).toEqual(['c1']);
    expect(citationsInParagraph(citations, 2)).toHaveLength(1);
    expect(citationsInParagraph(citations, 3)).toHaveLength(0);
  });
});

describe('acceptAnchor', () => {
  it('re-anchors a passage to the reviewed range with the source\'s exact text and fresh context', () => {
    const edited = SAMPLE_SOURCE.replace('incapable', 'unable');
    const s = new SourceText(edited);
    const start = edited.indexOf('The liberal');
    const end = edited.indexOf('Tsarism.') + 'Tsarism.'.length;
    const map = acceptAnchor(sampleMap(), 'p1', s, start, end);
    const p = map.nodes.find((n) => n.id === 'p1')!;
    expect(p).toMatchObject({ quote: 'The liberal bourgeoisie was unable of playing a revolutionary role against Tsarism.', start, end });
  });

  it('refuses a range outside the source or an unknown passage', () => {
    const s = new SourceText(SAMPLE_SOURCE);
    expect(() => acceptAnchor(sampleMap(), 'p1', s, 0, 99999)).toThrow(RangeError);
    expect(() => acceptAnchor(sampleMap(), 'nope', s, 0, 5)).toThrow(/no passage/);
  });
});
