import { describe, expect, it } from 'vitest';
import { overallAgreement, questionSummary } from './summary';
import type { PairAgreement, QuestionStatus } from './types';

const label = (id: string) => ({ men: 'Mensheviks', bol: 'Bolsheviks', tro: 'Trotsky', len: 'Lenin, 1917' })[id] ?? id;
const pair = (a: string, b: string, status: PairAgreement['status'], relations: ('supports' | 'contrasts' | 'attacks')[] = [], shared: string[] = []): PairAgreement => ({
  a,
  b,
  status,
  shared,
  links: relations.map((relation, i) => ({ edgeId: `e${i}`, relation, from: 'x', to: 'y' })),
});

describe('questionSummary', () => {
  it('names agreement on a shared claim and links that do not exist', () => {
    const summary = questionSummary(
      { status: 'agree', answered: ['men', 'bol', 'tro'], missing: [], pairs: [pair('men', 'bol', 'agree', ['supports'], ['c1']), pair('men', 'tro', 'no-engagement'), pair('bol', 'tro', 'no-engagement')] },
      label,
    );
    expect(summary).toBe('Agree: Mensheviks with Bolsheviks (same claim, supports); no link between Mensheviks and Trotsky; no link between Bolsheviks and Trotsky.');
  });

  it('lists disagreements first, then partial agreement, then the silent', () => {
    const summary = questionSummary(
      {
        status: 'mixed',
        answered: ['men', 'bol', 'tro'],
        missing: ['len'],
        pairs: [pair('men', 'bol', 'mixed', ['supports', 'attacks']), pair('men', 'tro', 'disagree', ['contrasts', 'contrasts']), pair('bol', 'tro', 'no-engagement'), pair('men', 'len', 'unanswered')],
      },
      label,
    );
    expect(summary).toBe(
      'Mixed: Mensheviks vs Trotsky (contrasts); Mensheviks partly with Bolsheviks (supports, attacks); no link between Bolsheviks and Trotsky; Lenin, 1917: no stated position.',
    );
  });

  it('counts unlinked pairs once there are more than two, and names the silent together', () => {
    const many = ['men', 'bol', 'tro', 'len', 'x'];
    const pairs = many.flatMap((a, i) => many.slice(i + 1).map((b) => pair(a, b, a === 'men' && b === 'bol' ? 'disagree' : 'no-engagement', a === 'men' && b === 'bol' ? ['contrasts'] : [])));
    expect(questionSummary({ status: 'disagree', answered: many, missing: [], pairs }, label)).toBe('Disagree: Mensheviks vs Bolsheviks (contrasts); no link between the other 9 pairs.');
    const quiet = pairs.filter((p) => p.a !== 'x' && p.b !== 'x').map((p) => ({ ...p, status: 'no-engagement' as const, links: [] }));
    expect(questionSummary({ status: 'no-engagement', answered: ['men', 'bol', 'tro', 'len'], missing: [], pairs: quiet }, label)).toBe(
      'No engagement: no links among Mensheviks, Bolsheviks, Trotsky and Lenin, 1917.',
    );
    expect(questionSummary({ status: 'one-sided', answered: ['bol'], missing: ['men', 'tro', 'len'], pairs: [] }, label)).toBe(
      'One-sided: stated only by Bolsheviks; Mensheviks, Trotsky and Lenin, 1917: no stated position.',
    );
  });

  it('says who alone answers, and when nobody does', () => {
    expect(questionSummary({ status: 'one-sided', answered: ['bol'], missing: ['men'], pairs: [pair('men', 'bol', 'unanswered')] }, label)).toBe(
      'One-sided: stated only by Bolsheviks; Mensheviks: no stated position.',
    );
    expect(questionSummary({ status: 'unanswered', answered: [], missing: ['men', 'bol'], pairs: [pair('men', 'bol', 'unanswered')] }, label)).toBe(
      'Unanswered: no chosen position states an answer.',
    );
  });
});

describe('overallAgreement', () => {
  it.each<[QuestionStatus[], string]>([
    [['disagree', 'disagree', 'mixed', 'agree', 'one-sided', 'disagree'], 'Disagree on 4 of 6 questions (1 in part); agree on 1; 1 answered by one position only.'],
    [['agree'], 'Disagree on 0 of 1 question; agree on 1.'],
    [['no-engagement', 'unanswered', 'unanswered'], 'Disagree on 0 of 3 questions; no engagement on 1; 2 answered by none.'],
    [[], 'No questions to compare: the map defines none.'],
  ])('sums up %j', (statuses, line) => {
    const overall = overallAgreement(statuses);
    expect(overall.line).toBe(line);
    expect(overall.questions).toBe(statuses.length);
  });
});
