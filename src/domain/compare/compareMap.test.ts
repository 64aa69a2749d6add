import { describe, expect, it } from 'vitest';
import { compareMap } from './compareMap';
import { claim, debate, objection, passage, work } from './testing';
import type { Comparison } from './types';

/**
 * Three positions on three questions: on "who" Mensheviks stand against both others, who
 * agree with each other; on "stages" Bolsheviks attack the Mensheviks and Trotsky is silent;
 * on "peasantry" two answers never meet. Claim b2 answers two questions.
 */
const map = debate({
  positions: [{ id: 'men', label: 'Mensheviks' }, { id: 'bol', label: 'Bolsheviks' }, { id: 'trot', label: 'Trotsky' }, { id: 'silent', label: 'Silent' }],
  questions: ['who', 'stages', 'peasantry', 'nobody'],
  nodes: [
    claim('m1', 'men', 'who'),
    claim('m2', 'men', 'stages'),
    claim('b1', 'bol', 'who', { central: true }),
    claim('b2', 'bol', ['stages', 'peasantry']),
    claim('t1', 'trot', 'who', { title: 'Workers lead' }),
    claim('t2', 'trot', 'peasantry'),
    claim('m0', 'men', 'who', { central: true }),
    objection('mo', 'men', 'who'),
    objection('o1', undefined),
    passage('p1', 'The bourgeoisie will lead the revolution against the autocracy, as in 1789.'),
    work('w1'),
    work('w2'),
  ],
  edges: [
    ['m1', 'contrasts', 'b1'],
    ['t1', 'supports', 'b1'],
    ['t1', 'contrasts', 'm1'],
    ['b2', 'attacks', 'm2'],
    ['o1', 'attacks', 'b1'],
    ['mo', 'attacks', 'b1'],
    ['m0', 'attacks', 'mo'],
    ['p1', 'states', 'm1'],
    ['w1', 'assesses', 'b1', 'supports'],
    ['w2', 'assesses', 'b1', 'challenges'],
    ['w1', 'assesses', 'b2', 'complicates'],
  ],
});

function compare(ids: string[]): Comparison {
  const result = compareMap(map, ids);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.comparison;
}
const cell = (c: Comparison, question: string, position: string) =>
  c.rows.find((r) => r.question.id === question)!.cells.find((x) => x.positionId === position)!;
const claimIds = (c: Comparison, question: string, position: string) => cell(c, question, position).claims.map((h) => h.id);

describe('compareMap: the matrix', () => {
  const c = compare(['men', 'bol', 'trot']);

  it('has a row per question in map order and a column per chosen position in the order chosen', () => {
    expect(c.rows.map((r) => r.question.id)).toEqual(['who', 'stages', 'peasantry', 'nobody']);
    expect(c.positions.map((p) => p.id)).toEqual(['men', 'bol', 'trot']);
    for (const row of c.rows) expect(row.cells.map((x) => x.positionId)).toEqual(['men', 'bol', 'trot']);
    expect(compare(['trot', 'men']).positions.map((p) => p.id)).toEqual(['trot', 'men']);
  });

  it("fills a cell with the position's claims and objections answering the question, central first", () => {
    expect(claimIds(c, 'who', 'men')).toEqual(['m0', 'm1', 'mo']);
    expect(cell(c, 'who', 'trot').claims[0]).toMatchObject({ id: 't1', label: 'Workers lead', kind: 'claim', central: false });
  });

  it('puts a claim answering two questions in both rows', () => {
    expect(claimIds(c, 'stages', 'bol')).toEqual(['b2']);
    expect(claimIds(c, 'peasantry', 'bol')).toEqual(['b2']);
    expect(cell(c, 'stages', 'bol').claims[0]!.answers).toEqual(['stages', 'peasantry']);
  });

  it('marks an empty cell as no stated position', () => {
    expect(cell(c, 'stages', 'trot')).toMatchObject({ stated: false, claims: [], passage: null, objectionIds: [] });
    expect(cell(c, 'stages', 'men').stated).toBe(true);
  });

  it('counts distinct attackers of the cell, not its own rebuttals', () => {
    expect(cell(c, 'who', 'bol').objectionIds).toEqual(['mo', 'o1']);
    // m0 attacks mo, but both are the Mensheviks' answers to "who".
    expect(cell(c, 'who', 'men').objectionIds).toEqual([]);
  });

  it('counts works assessing the cell by stance', () => {
    expect(cell(c, 'who', 'bol').works).toEqual({ supports: ['w1'], challenges: ['w2'], complicates: [] });
    expect(cell(c, 'peasantry', 'bol').works).toEqual({ supports: [], challenges: [], complicates: ['w1'] });
  });

  it('quotes the passage stating a claim of the cell', () => {
    expect(cell(c, 'who', 'men').passage).toMatchObject({ id: 'p1', claimId: 'm1', relation: 'states', needsReview: false });
    expect(cell(c, 'who', 'bol').passage).toBeNull();
  });
});

describe('compareMap: agreement', () => {
  const c = compare(['men', 'bol', 'trot']);
  const agreement = (q: string) => c.rows.find((r) => r.question.id === q)!.agreement;

  it('calls a question mixed when some pairs agree and others disagree, and names them', () => {
    expect(agreement('who').status).toBe('mixed');
    expect(agreement('who').pairs.map((p) => [p.a, p.b, p.status])).toEqual([
      ['men', 'bol', 'disagree'],
      ['men', 'trot', 'disagree'],
      ['bol', 'trot', 'agree'],
    ]);
    expect(agreement('who').summary).toBe(
      'Mixed: Mensheviks vs Bolsheviks (contrasts, attacks); Mensheviks vs Trotsky (contrasts); Bolsheviks with Trotsky (supports).',
    );
  });

  it('keeps partial coverage visible: disagreement among those who answer, the silent named', () => {
    expect(agreement('stages')).toMatchObject({ status: 'disagree', answered: ['men', 'bol'], missing: ['trot'] });
    expect(agreement('stages').summary).toBe('Disagree: Mensheviks vs Bolsheviks (attacks); Trotsky: no stated position.');
  });

  it('reports answers that never meet as no engagement', () => {
    expect(agreement('peasantry').status).toBe('no-engagement');
    expect(agreement('nobody').status).toBe('unanswered');
  });

  it('sums up across questions', () => {
    expect(c.overall.counts).toMatchObject({ mixed: 1, disagree: 1, 'no-engagement': 1, unanswered: 1 });
    expect(c.overall.line).toBe('Disagree on 2 of 4 questions (1 in part); no engagement on 1; 1 answered by none.');
  });

  it('handles a position with no claims: every question one-sided or unanswered', () => {
    const withSilent = compare(['men', 'silent']);
    expect(withSilent.rows.every((r) => !r.cells[1]!.stated)).toBe(true);
    expect(withSilent.rows.map((r) => r.agreement.status)).toEqual(['one-sided', 'one-sided', 'unanswered', 'unanswered']);
    expect(withSilent.rows[0]!.agreement.summary).toBe('One-sided: stated only by Mensheviks; Silent: no stated position.');
    expect(withSilent.overall.disagreeing).toBe(0);
  });
});

describe('compareMap: choosing positions', () => {
  it('refuses an unknown position by name, with a coded problem', () => {
    const result = compareMap(map, ['men', 'stalin']);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems).toEqual([
      expect.objectContaining({ code: 'COMPARE_UNKNOWN_POSITION', path: '$.positions', recordId: 'stalin', message: expect.stringContaining('"stalin"') }),
    ]);
    expect(result.problems[0]!.message).toContain('men, bol, trot, silent');
  });

  it.each([[['men']], [['men', 'men']], [['men', 'bol', 'trot', 'silent', 'a', 'b']]])('refuses %j as a selection', (ids) => {
    const result = compareMap(map, ids);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((p) => p.code)).toContain('COMPARE_SELECTION_INVALID');
  });

  it('accepts five positions', () => {
    const five = debate({ positions: ['a', 'b', 'c', 'd', 'e'], questions: ['q'], nodes: [] });
    expect(compareMap(five, ['a', 'b', 'c', 'd', 'e']).ok).toBe(true);
  });
});
