import { describe, expect, it } from 'vitest';
import type { AnchorResolution } from '../anchoring/resolve';
import { indexMap } from '../graph';
import { heldAnswers } from './holdings';
import { QUOTABLE_MAX, QUOTE_IDEAL, rankPassages } from './passage';
import { claim, debate, passage } from './testing';

const words = (n: number, word = 'word') => Array.from({ length: n }, () => word).join(' ');

/** Position a answers q with a central claim c1 and a plain claim c2; passages and edges vary. */
function ranked(passages: ReturnType<typeof passage>[], edges: Parameters<typeof debate>[0]['edges'], anchors: Record<string, AnchorResolution> = {}) {
  const map = debate({ positions: ['a', 'b'], questions: ['q'], nodes: [claim('c1', 'a', 'q', { central: true }), claim('c2', 'a', 'q'), ...passages], edges });
  return rankPassages(indexMap(map), heldAnswers(map, 'a', 'q'), anchors).map((p) => p.id);
}

describe('rankPassages: the strongest passage of a cell', () => {
  it('prefers a passage stating a claim over one supporting it, even a longer one', () => {
    expect(ranked([passage('sup', words(30, 'support')), passage('sta', words(10, 'state'))], [['sup', 'supports', 'c1'], ['sta', 'states', 'c1']])).toEqual(['sta', 'sup']);
  });

  it('then prefers a passage on a central claim', () => {
    expect(ranked([passage('plain', words(30, 'plain')), passage('core', words(10, 'core'))], [['plain', 'states', 'c2'], ['core', 'states', 'c1']])).toEqual(['core', 'plain']);
  });

  it('then prefers a quote of a sentence or two, and any quotable one over a fragment or a wall of text', () => {
    const long = passage('long', words(Math.ceil(QUOTABLE_MAX / 4) + 20, 'long'));
    const fragment = passage('frag', 'Too short.');
    const ideal = passage('ideal', words(QUOTE_IDEAL / 5, 'good'));
    const longish = passage('longish', words(60, 'more'));
    const shortish = passage('shortish', words(12, 'fair'));
    const edges = ['long', 'frag', 'ideal', 'longish', 'shortish'].map((id): [string, 'states', string] => [id, 'states', 'c1']);
    expect(ranked([long, fragment, ideal, longish, shortish], edges)).toEqual(['ideal', 'shortish', 'longish', 'frag', 'long']);
  });

  it('puts a passage that needs review after verified ones', () => {
    const anchors: Record<string, AnchorResolution> = { best: { status: 'fuzzy', start: 0, end: 1, match: 'x', errors: 3, similarity: 0.9, typographyOnly: false } };
    expect(ranked([passage('best', words(30, 'best')), passage('ok', words(10, 'ok'))], [['best', 'states', 'c1'], ['ok', 'supports', 'c2']], anchors)).toEqual(['ok', 'best']);
  });

  it('lists a passage attached to two claims of the cell once', () => {
    expect(ranked([passage('both', words(12, 'both'))], [['both', 'supports', 'c2'], ['both', 'states', 'c1']])).toEqual(['both']);
  });

  it('ignores passages that state claims of other cells', () => {
    const map = debate({
      positions: ['a', 'b'],
      questions: ['q'],
      nodes: [claim('c1', 'a', 'q'), claim('d1', 'b', 'q'), passage('theirs', words(12, 'theirs'))],
      edges: [['theirs', 'states', 'd1']],
    });
    expect(rankPassages(indexMap(map), heldAnswers(map, 'a', 'q'))).toEqual([]);
  });
});
