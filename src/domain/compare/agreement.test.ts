import { describe, expect, it } from 'vitest';
import { indexMap } from '../graph';
import { columnPairs, comparePair, questionStatus } from './agreement';
import { claim, debate } from './testing';
import type { PairAgreement, PairStatus } from './types';

/** Two positions, a and b, each with two claims on q; the edges vary per test. */
const twoSides = (edges: Parameters<typeof debate>[0]['edges'] = []) =>
  indexMap(
    debate({
      positions: ['a', 'b', 'c'],
      questions: ['q'],
      nodes: [claim('a1', 'a', 'q'), claim('a2', 'a', 'q'), claim('b1', 'b', 'q'), claim('b2', 'b', 'q'), claim('c1', 'c', 'q')],
      edges,
    }),
  );
const A = { positionId: 'a', claimIds: ['a1', 'a2'] };
const B = { positionId: 'b', claimIds: ['b1', 'b2'] };

describe('comparePair', () => {
  it('finds no engagement when no edge joins the two sides', () => {
    const pair = comparePair(twoSides([['a1', 'supports', 'a2']]), A, B);
    expect(pair).toEqual({ a: 'a', b: 'b', status: 'no-engagement', shared: [], links: [] });
  });

  it('reads a supports edge as agreement, in either direction', () => {
    expect(comparePair(twoSides([['a1', 'supports', 'b2']]), A, B).status).toBe('agree');
    const backwards = comparePair(twoSides([['b1', 'supports', 'a2']]), A, B);
    expect(backwards.status).toBe('agree');
    expect(backwards.links).toEqual([{ edgeId: 'e1', relation: 'supports', from: 'b1', to: 'a2' }]);
  });

  it('reads contrasts as disagreement', () => {
    expect(comparePair(twoSides([['a2', 'contrasts', 'b1']]), A, B).status).toBe('disagree');
  });

  it.each([
    ['a attacks b', 'a1', 'b1'],
    ['b attacks a', 'b2', 'a1'],
  ])('reads attacks as disagreement (%s)', (_, from, to) => {
    const pair = comparePair(twoSides([[from, 'attacks', to]]), A, B);
    expect(pair.status).toBe('disagree');
    expect(pair.links.map((l) => [l.from, l.to])).toEqual([[from, to]]);
  });

  it('reads a claim both sides hold as agreement', () => {
    const pair = comparePair(twoSides(), A, { positionId: 'b', claimIds: ['b1', 'a2'] });
    expect(pair.status).toBe('agree');
    expect(pair.shared).toEqual(['a2']);
  });

  it('calls a pair mixed when one link agrees and another disagrees', () => {
    const pair = comparePair(twoSides([['a1', 'supports', 'b1'], ['a2', 'contrasts', 'b2']]), A, B);
    expect(pair.status).toBe('mixed');
    expect(pair.links.map((l) => l.relation).sort()).toEqual(['contrasts', 'supports']);
  });

  it('ignores a chain through a third position and links inside one side', () => {
    const pair = comparePair(twoSides([['a1', 'supports', 'c1'], ['c1', 'contrasts', 'b1'], ['b1', 'attacks', 'b2']]), A, B);
    expect(pair.status).toBe('no-engagement');
  });

  it('is unanswered when either side states nothing, whatever the edges', () => {
    const index = twoSides([['a1', 'contrasts', 'b1']]);
    expect(comparePair(index, A, { positionId: 'b', claimIds: [] }).status).toBe('unanswered');
    expect(comparePair(index, { positionId: 'a', claimIds: [] }, B).status).toBe('unanswered');
  });
});

describe('questionStatus', () => {
  const pair = (status: PairStatus): PairAgreement => ({ a: 'x', b: 'y', status, shared: [], links: [] });

  it('needs two answers to compare', () => {
    expect(questionStatus(0, [pair('unanswered')])).toBe('unanswered');
    expect(questionStatus(1, [pair('unanswered'), pair('unanswered')])).toBe('one-sided');
  });

  it.each<[PairStatus[], string]>([
    [['agree', 'agree', 'agree'], 'agree'],
    [['disagree', 'disagree'], 'disagree'],
    [['agree', 'disagree', 'no-engagement'], 'mixed'],
    [['mixed'], 'mixed'],
    [['disagree', 'no-engagement', 'unanswered'], 'disagree'],
    [['agree', 'no-engagement'], 'agree'],
    [['no-engagement', 'unanswered'], 'no-engagement'],
  ])('summarises pairs %j as %s', (statuses, expected) => {
    expect(questionStatus(2, statuses.map(pair))).toBe(expected);
  });
});

describe('columnPairs', () => {
  it('lists every pair once, in column order', () => {
    expect(columnPairs(['a', 'b', 'c'])).toEqual([['a', 'b'], ['a', 'c'], ['b', 'c']]);
  });
});
