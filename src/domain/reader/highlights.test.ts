import { describe, expect, it } from 'vitest';
import { describeRange } from '../anchoring/selector';
import type { ArgumentMap } from '../schema/map';
import { sampleMap, SAMPLE_SOURCE } from '../testing/sampleMap';
import { splitParagraphs } from '../text/paragraphs';
import { SourceText } from '../text/sourceText';
import { highlightsByParagraph, isVerbatim, passageHighlights } from './highlights';
import { segmentText } from './segments';

const source = new SourceText(SAMPLE_SOURCE);
const paragraphs = splitParagraphs(source);
const range = (quote: string) => {
  const at = SAMPLE_SOURCE.indexOf(quote);
  return describeRange(source, at, at + quote.length);
};

/** The sample map with a second passage that states the Menshevik claim and supports the Bolshevik one. */
function twoPassages(): ArgumentMap {
  const map = sampleMap();
  return {
    ...map,
    nodes: [...map.nodes, { id: 'p2', kind: 'passage', source: 's', ...range('Only the working class') }],
    edges: [...map.edges, { id: 'e5', from: 'p2', to: 'c2', relation: 'states' }, { id: 'e6', from: 'p2', to: 'c1', relation: 'supports' }],
  };
}

describe('passageHighlights', () => {
  it('marks each verbatim passage at its place, with the claims it states before those it supports, and their positions’ colours', () => {
    const hs = passageHighlights(twoPassages(), 's', source, paragraphs, {});
    expect(hs.map((h) => [h.passage.id, h.status, h.paragraphs])).toEqual([
      ['p1', 'verified', [2]],
      ['p2', 'verified', [3]],
    ]);
    expect(hs[1]!.links.map((l) => `${l.relation}:${l.node.id}`)).toEqual(['states:c2', 'supports:c1']);
    expect(hs[1]!.colors).toEqual(['#E69F00', '#0072B2']);
    expect(hs[0]!.colors).toEqual(['#0072B2']);
  });

  it('leaves out passages of other sources and, without a match to show, passages no longer verbatim', () => {
    const map = twoPassages();
    const moved = { ...map, nodes: map.nodes.map((n) => (n.id === 'p2' && n.kind === 'passage' ? { ...n, quote: 'Only the peasant class' } : n)) };
    expect(passageHighlights(moved, 's', source, paragraphs, {}).map((h) => h.passage.id)).toEqual(['p1']);
    expect(passageHighlights(map, 'other', source, paragraphs, {})).toEqual([]);
  });

  it('marks a passage under review at the loader’s best match, flagged', () => {
    const map = sampleMap();
    const stale = { ...map, nodes: map.nodes.map((n) => (n.id === 'p1' && n.kind === 'passage' ? { ...n, quote: 'The liberal bourgeoisie was unable' } : n)) };
    const match = range('The liberal bourgeoisie was incapable');
    const [h] = passageHighlights(stale, 's', source, paragraphs, { p1: { status: 'fuzzy', start: match.start, end: match.end, match: match.quote, errors: 4, similarity: 0.8, typographyOnly: false } });
    expect(h).toMatchObject({ status: 'review', start: match.start, end: match.end });
  });

  it('gives UTF-16 offsets beside code points for text beyond the BMP', () => {
    const text = '\u{1F6A9}\u{1F6A9} The quote here.';
    const s = new SourceText(text);
    const map: ArgumentMap = { ...sampleMap(), nodes: [{ id: 'p', kind: 'passage', source: 's', ...describeRange(s, 3, 12) }], edges: [] };
    const [h] = passageHighlights(map, 's', s, splitParagraphs(s), {});
    expect(h).toMatchObject({ start: 3, end: 12, unitStart: 5, unitEnd: 14 });
    expect(text.slice(h!.unitStart, h!.unitEnd)).toBe('The quote');
    expect(isVerbatim(map.nodes[0] as never, s)).toBe(true);
  });

  it('files highlights under every paragraph they touch', () => {
    const map = sampleMap();
    const across = { ...map, nodes: map.nodes.map((n) => (n.id === 'p1' && n.kind === 'passage' ? { ...n, ...range('Tsarism.\n\nOnly the') } : n)) };
    const byParagraph = highlightsByParagraph(passageHighlights(across, 's', source, paragraphs, {}), paragraphs.length);
    expect(byParagraph.map((list) => list.length)).toEqual([0, 0, 1, 1, 0]);
  });
});

describe('segmentText', () => {
  it('cuts overlapping marks into flat runs, clipped to the range', () => {
    const segments = segmentText(10, 30, [
      { start: 5, end: 15, key: 'a' },
      { start: 12, end: 20, key: 'b' },
      { start: 40, end: 50, key: 'c' },
    ]);
    expect(segments).toEqual([
      { start: 10, end: 12, keys: ['a'] },
      { start: 12, end: 15, keys: ['a', 'b'] },
      { start: 15, end: 20, keys: ['b'] },
      { start: 20, end: 30, keys: [] },
    ]);
    expect(segmentText(5, 5, [])).toEqual([]);
  });
});
