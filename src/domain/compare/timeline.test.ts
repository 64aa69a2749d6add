import { describe, expect, it } from 'vitest';
import { orderByPeriod, periodStart, shiftsOf, startYear, timelineOf } from './timeline';
import { claim, debate } from './testing';

const p = (id: string, extra: { from?: number; period?: string } = {}) => ({ id, label: id, color: '#000000', ...extra });

describe('orderByPeriod', () => {
  it('orders by year, then by when the period starts, then by map order; undated last', () => {
    const ordered = orderByPeriod([
      p('undated'),
      p('lenin-1917', { from: 1917, period: 'April 1917' }),
      p('trotsky', { from: 1905, period: '1905-1906' }),
      p('stalin', { from: 1924 }),
      p('oct-1917', { from: 1917, period: 'October 1917' }),
      p('bolsheviks', { from: 1905, period: '1905' }),
      p('mensheviks', { from: 1903 }),
      p('only-period', { period: '1920s' }),
      p('undated-too'),
      p('march-1917', { from: 1917, period: 'March to April 1917' }),
    ]).map((x) => x.id);
    expect(ordered).toEqual(['mensheviks', 'bolsheviks', 'trotsky', 'march-1917', 'lenin-1917', 'oct-1917', 'stalin', 'only-period', 'undated', 'undated-too']);
  });

  it.each([
    ['1905 to March 1917', 1905 * 12],
    ['March to April 1917', 1917 * 12 + 2],
    ['April to October 1917', 1917 * 12 + 3],
    ['Sept. 1939', 1939 * 12 + 8],
    ['the 1920s', 1920 * 12],
    ['undated', undefined],
  ])('reads when %j starts', (period, start) => {
    expect(periodStart(period)).toBe(start);
  });
});

describe('timelineOf', () => {
  const map = debate({
    positions: [
      { id: 'lenin17', label: 'Lenin 1917', from: 1917 },
      { id: 'bol05', label: 'Bolsheviks 1905', from: 1905 },
      { id: 'men', label: 'Mensheviks', from: 1903 },
      { id: 'quiet', label: 'Quiet', from: 1910 },
    ],
    questions: ['who', 'power'],
    nodes: [claim('l1', 'lenin17', 'power'), claim('b1', 'bol05', 'power'), claim('b2', 'bol05', 'who'), claim('m1', 'men', 'who'), claim('l0', 'lenin17', undefined)],
    edges: [
      ['l1', 'contrasts', 'b1'],
      ['b2', 'contrasts', 'm1'],
    ],
  });

  it('lists positions in period order with everything each holds', () => {
    const t = timelineOf(map);
    expect(t.entries.map((e) => [e.position.id, e.claims.map((c) => c.id)])).toEqual([
      ['men', ['m1']],
      ['bol05', ['b1', 'b2']],
      ['quiet', []],
      ['lenin17', ['l1', 'l0']],
    ]);
  });

  it('shows a shift: successive answers to a question that disagree', () => {
    const power = timelineOf(map).questions.find((q) => q.question.id === 'power')!;
    expect(power.steps.map((s) => s.positionId)).toEqual(['bol05', 'lenin17']);
    expect(power.steps[0]!.sincePrevious).toBeNull();
    expect(power.steps[1]!.sincePrevious).toMatchObject({ a: 'bol05', b: 'lenin17', status: 'disagree' });
  });

  it('narrows to chosen positions, skipping ids the map lacks', () => {
    const t = timelineOf(map, ['lenin17', 'men', 'nobody']);
    expect(t.entries.map((e) => e.position.id)).toEqual(['men', 'lenin17']);
    expect(t.questions.find((q) => q.question.id === 'who')!.steps.map((s) => s.positionId)).toEqual(['men']);
  });
});

describe('startYear', () => {
  it('takes `from`, else the first year of the period, else nothing', () => {
    expect(startYear(p('a', { from: 1905, period: '1917' }))).toBe(1905);
    expect(startYear(p('b', { period: 'March to April 1917' }))).toBe(1917);
    expect(startYear(p('c'))).toBeUndefined();
  });
});

describe('shiftsOf', () => {
  const map = debate({
    positions: [
      { id: 'bol05', from: 1905 },
      { id: 'march17', from: 1917, period: 'March 1917' },
      { id: 'lenin17', from: 1917, period: 'April 1917' },
    ],
    questions: ['power', 'war'],
    nodes: [claim('b1', 'bol05', 'power'), claim('m1', 'march17', 'power'), claim('l1', 'lenin17', 'power'), claim('b2', 'bol05', 'war'), claim('l2', 'lenin17', 'war')],
    edges: [
      ['m1', 'supports', 'b1'],
      ['l1', 'contrasts', 'm1'],
      ['l1', 'contrasts', 'b1'],
      ['l2', 'supports', 'b2'],
    ],
  });

  it('relates each answer to the earlier answers it is linked to, besides the one just before it', () => {
    const power = timelineOf(map).questions.find((q) => q.question.id === 'power')!;
    expect(power.steps.map((s) => s.earlier.map((p) => [p.a, p.status]))).toEqual([[], [], [['bol05', 'disagree']]]);
    const war = timelineOf(map).questions.find((q) => q.question.id === 'war')!;
    expect(war.steps[1]).toMatchObject({ sincePrevious: { a: 'bol05', status: 'agree' }, earlier: [] });
  });

  it('lists each answer that breaks with the one before it in time, and nothing where a line continues', () => {
    expect(shiftsOf(timelineOf(map))).toEqual([{ questionId: 'power', from: 'march17', to: 'lenin17', status: 'disagree' }]);
  });
});
