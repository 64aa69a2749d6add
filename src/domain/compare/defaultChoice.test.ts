import { describe, expect, it } from 'vitest';
import { defaultPositions, effectivePositions } from './defaultChoice';
import { claim, debate } from './testing';

const map = debate({
  positions: ['quiet', 'men', 'bol', 'trot'],
  questions: ['who', 'stages', 'land'],
  nodes: [
    claim('q1', 'quiet', 'land'),
    claim('m1', 'men', 'who'),
    claim('m2', 'men', 'stages'),
    claim('b1', 'bol', 'who'),
    claim('b2', 'bol', 'stages'),
    claim('t1', 'trot', 'who'),
    claim('t2', 'trot', 'stages'),
    claim('t3', 'trot', 'land'),
  ],
  edges: [
    ['m1', 'contrasts', 'b1'],
    ['m2', 'contrasts', 't2'],
    ['b2', 'attacks', 'm2'],
    ['t1', 'supports', 'b1'],
  ],
});

describe('defaultPositions', () => {
  it('opens on the pair that disagrees on the most questions', () => {
    expect(defaultPositions(map)).toEqual(['men', 'bol']);
  });

  it('breaks a tie by the questions both answer, then by map order', () => {
    const calm = debate({ positions: ['a', 'b', 'c'], questions: ['x', 'y'], nodes: [claim('a1', 'a', 'x'), claim('b1', 'b', 'x'), claim('b2', 'b', 'y'), claim('c2', 'c', 'y'), claim('c1', 'c', 'x')] });
    expect(defaultPositions(calm)).toEqual(['b', 'c']);
    expect(defaultPositions(debate({ positions: ['a', 'b', 'c'], questions: [], nodes: [] }))).toEqual(['a', 'b']);
  });

  it('gives what there is when a map has fewer than three positions', () => {
    expect(defaultPositions(debate({ positions: ['only'], questions: [], nodes: [] }))).toEqual(['only']);
    expect(defaultPositions(debate({ positions: [], questions: [], nodes: [] }))).toEqual([]);
  });
});

describe('effectivePositions', () => {
  it('keeps the positions chosen that the map has, in the order chosen, up to the limit', () => {
    expect(effectivePositions(map, ['trot', 'ghost', 'men', 'trot'], 5)).toEqual(['trot', 'men']);
    expect(effectivePositions(map, ['trot', 'men', 'bol'], 2)).toEqual(['trot', 'men']);
    expect(effectivePositions(map, ['bol'], 5)).toEqual(['bol']);
  });

  it('falls back to the default pair when nothing is chosen, or fewer than two are left of a choice made on another map', () => {
    expect(effectivePositions(map, null, 5)).toEqual(['men', 'bol']);
    expect(effectivePositions(map, ['ghost'], 5)).toEqual(['men', 'bol']);
    expect(effectivePositions(map, ['trot', 'ghost'], 5)).toEqual(['men', 'bol']);
  });
});
