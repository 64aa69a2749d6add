import { describe, expect, it } from 'vitest';
import { sourceCoverage } from '../coverage';
import { describeRange } from '../anchoring/selector';
import { sampleMap, SAMPLE_SOURCE } from '../testing/sampleMap';
import { splitParagraphs } from '../text/paragraphs';
import { SourceText } from '../text/sourceText';
import { coverageAcrossMaps, sameSourceIn, type CoverageMap } from './mapsCoverage';

const source = new SourceText(SAMPLE_SOURCE);
const paragraphs = splitParagraphs(source);
const quoteRange = (quote: string) => {
  const at = SAMPLE_SOURCE.indexOf(quote);
  return describeRange(source, at, at + quote.length);
};

const fileMap: CoverageMap = { key: 'a', title: 'A', map: sampleMap(), sourceTexts: { s: SAMPLE_SOURCE } };
const inlineMap: CoverageMap = {
  key: 'b',
  title: 'B',
  map: {
    ...sampleMap(),
    sources: [{ id: 'mine', title: 'Pasted', text: SAMPLE_SOURCE }],
    nodes: [{ id: 'q', kind: 'passage', source: 'mine', ...quoteRange('History repeats itself.') }],
    edges: [],
  },
  sourceTexts: { mine: SAMPLE_SOURCE },
};

describe('coverageAcrossMaps', () => {
  it('recognises a source by its file, or an inline source by its text', () => {
    expect(sameSourceIn(fileMap, { file: 'sources/s.txt' }, SAMPLE_SOURCE)).toBe('s');
    expect(sameSourceIn(fileMap, { file: 'sources/other.txt' }, SAMPLE_SOURCE)).toBeUndefined();
    expect(sameSourceIn(inlineMap, { file: undefined }, SAMPLE_SOURCE)).toBe('mine');
    expect(sameSourceIn(inlineMap, { file: undefined }, 'another text')).toBeUndefined();
  });

  it('lists the maps citing each paragraph and counts the share any of them cite', () => {
    const c = coverageAcrossMaps([fileMap, { ...inlineMap, map: { ...inlineMap.map, sources: [{ id: 'mine', title: 'P', file: 'sources/s.txt' }] } }], { file: 'sources/s.txt' }, SAMPLE_SOURCE, paragraphs);
    expect(c.citedBy.map((keys) => keys.join(','))).toEqual(['', '', 'a', '', 'b']);
    expect(c).toMatchObject({ paragraphs: 4, cited: 2, share: 0.5 });
  });

  it('gives one map the same share as sourceCoverage, which counterpoint stats prints', () => {
    const c = coverageAcrossMaps([fileMap], { file: 'sources/s.txt' }, SAMPLE_SOURCE, paragraphs);
    const stats = sourceCoverage([fileMap.map], 's', SAMPLE_SOURCE);
    expect(c.cited).toBe(stats.cited.length);
    expect(c.share).toBe(Math.round(stats.share * 1000) / 1000);
  });
});
