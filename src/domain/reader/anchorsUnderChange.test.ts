import { describe, expect, it } from 'vitest';
import { resolveAnchor } from '../anchoring/resolve';
import { describeRange } from '../anchoring/selector';
import { loadMapValue } from '../loader/load';
import { sampleMap, sampleReader, SAMPLE_SOURCE } from '../testing/sampleMap';
import { splitParagraphs } from '../text/paragraphs';
import { SourceText } from '../text/sourceText';
import { passageHighlights } from './highlights';
import { acceptAnchor, reviewCase } from './review';
import { selectorFromSelection } from './selection';

/**
 * The anchoring cases that resolve.test.ts and load.test.ts leave out, followed all
 * the way to what the reader shows and what accepting a review stores.
 */

const anchorAt = (text: string, quote: string, occurrence = 0) => {
  const source = new SourceText(text);
  let at = -1;
  for (let i = 0; i <= occurrence; i++) at = text.indexOf(quote, at + 1);
  if (at < 0) throw new Error(`"${quote}" not in text`);
  return describeRange(source, source.toCodePoint(at), source.toCodePoint(at + quote.length));
};

describe('anchors under change', () => {
  it('a reworded quote that occurs twice is matched where its context was, not at the first copy', () => {
    const text = 'Prologue: the party must lead the class. Interlude. Epilogue: the party must lead the class.';
    const second = anchorAt(text, 'the party must lead the class', 1);
    const edited = text.replace(/the party must lead/g, 'the party should lead');
    const r = resolveAnchor(new SourceText(edited), second);
    expect(r.status).toBe('fuzzy');
    if (r.status !== 'fuzzy') return;
    expect(edited.slice(r.start - 'Epilogue: '.length, r.start)).toBe('Epilogue: ');
    expect(r.match).toBe('the party should lead the class');
  });

  it('a deleted quote of which a second copy remains re-anchors to the copy, reported as moved', () => {
    const text = 'Alpha. The soviets took power. Beta gamma delta. The soviets took power. Omega.';
    const first = anchorAt(text, 'The soviets took power.', 0);
    const edited = text.replace('Alpha. The soviets took power. ', 'Alpha. ');
    const r = resolveAnchor(new SourceText(edited), first);
    expect(r).toEqual({ status: 'reanchored', start: edited.indexOf('The soviets'), end: edited.indexOf('The soviets') + 23 });
  });

  it('a shifted source whose quote was also reworded is flagged at the shifted place, not silently moved', () => {
    const a = anchorAt(SAMPLE_SOURCE, 'Only the working class, leading the peasantry, could carry the democratic revolution through.');
    const edited = `Foreword.\n\n${SAMPLE_SOURCE.replace('could carry', 'would carry')}`;
    const r = resolveAnchor(new SourceText(edited), a);
    expect(r).toMatchObject({ status: 'fuzzy', start: a.start + 11, end: a.end + 11, typographyOnly: false });
  });

  it('straight quotes and hyphens typed for curly quotes and dashes are flagged as typography only, with offsets beyond the BMP', () => {
    const text = '\u{1F6A9} The \u201cworkers\u2019 state\u201d \u2014 degenerated.';
    const r = resolveAnchor(new SourceText(text), { quote: 'The "workers\' state" - degenerated.', start: 0, end: 3 });
    expect(r).toMatchObject({ status: 'fuzzy', typographyOnly: true, start: 2, match: 'The \u201cworkers\u2019 state\u201d \u2014 degenerated.' });
  });

  it('a selection across curly quotes, a dash and an astral character keeps them exactly', () => {
    const text = 'Before \u{1D4AE} \u201cpermanent\u201d\u2014revolution after';
    const source = new SourceText(text);
    const from = text.indexOf('\u{1D4AE}');
    const to = text.indexOf(' after');
    const sel = selectorFromSelection(source, from, to)!;
    expect(sel.quote).toBe('\u{1D4AE} \u201cpermanent\u201d\u2014revolution');
    expect(sel.start).toBe(7);
    expect(sel.end - sel.start).toBe([...sel.quote].length);
    expect(resolveAnchor(source, sel)).toEqual({ status: 'exact', start: sel.start, end: sel.end });
  });

  it('from a loaded map with an edited source, through the reader, to an accepted review that loads as exact', () => {
    const edited = SAMPLE_SOURCE.replace('incapable', 'unable');
    const loaded = loadMapValue(sampleMap(), { readSource: sampleReader(edited) });
    if (!loaded.ok) throw new Error('the map should load with a warning');
    const source = new SourceText(edited);
    const paragraphs = splitParagraphs(source);
    const [highlight] = passageHighlights(loaded.map, 's', source, paragraphs, loaded.anchors);
    expect(highlight).toMatchObject({ status: 'review', paragraphs: [2] });
    expect(source.slice(highlight!.start, highlight!.end)).toMatch(/^The liberal bourgeoisie was unable of/);

    const anchor = loaded.anchors.p1;
    if (anchor?.status !== 'fuzzy') throw new Error('p1 should be fuzzy');
    const passage = loaded.map.nodes.find((n) => n.id === 'p1');
    if (passage?.kind !== 'passage') throw new Error('p1 is a passage');
    const review = reviewCase(passage, source, paragraphs, anchor);
    expect(review.diff.filter((d) => d.kind !== 'same').map((d) => [d.kind, d.text])).toEqual([
      ['removed', 'incapable'],
      ['added', 'unable'],
    ]);

    const accepted = acceptAnchor(loaded.map, 'p1', source, review.start, review.end);
    const reloaded = loadMapValue(accepted, { readSource: sampleReader(edited) });
    expect(reloaded.ok && reloaded.problems).toEqual([]);
    expect(reloaded.ok && reloaded.anchors.p1?.status).toBe('exact');
  });
});
