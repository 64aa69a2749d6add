import type { OverallAgreement, PairAgreement, PairStatus, QuestionAgreement, QuestionStatus } from './types';

const HEADLINES: Record<QuestionStatus, string> = {
  agree: 'Agree',
  disagree: 'Disagree',
  mixed: 'Mixed',
  'no-engagement': 'No engagement',
  'one-sided': 'One-sided',
  unanswered: 'Unanswered',
};

/**
 * One line a historian can read at a glance: the verdict, then who stands against whom and
 * on what evidence, who goes along with whom, who does not engage, and who is silent, e.g.
 * "Mixed: Mensheviks vs Trotsky 1905 (contrasts); Bolsheviks 1905 with Trotsky 1905 (supports);
 * Lenin, April 1917: no stated position."
 */
export function questionSummary(
  { status, pairs, answered, missing }: Pick<QuestionAgreement, 'status' | 'pairs' | 'answered' | 'missing'>,
  label: (positionId: string) => string,
): string {
  if (status === 'unanswered') return 'Unanswered: no chosen position states an answer.';
  const having = (s: PairStatus) => pairs.filter((p) => p.status === s);
  const parts = [
    ...having('disagree').map((p) => `${label(p.a)} vs ${label(p.b)} (${evidence(p)})`),
    ...having('mixed').map((p) => `${label(p.a)} partly with ${label(p.b)} (${evidence(p)})`),
    ...having('agree').map((p) => `${label(p.a)} with ${label(p.b)} (${evidence(p)})`),
    ...unlinked(having('no-engagement'), status, answered, label),
  ];
  if (status === 'one-sided') parts.push(`stated only by ${label(answered[0]!)}`);
  if (missing.length > 0) parts.push(`${listed(missing.map(label))}: no stated position`);
  return `${HEADLINES[status]}: ${parts.join('; ')}.`;
}

/**
 * The pairs that answer without meeting, one by one while they are few; with many positions
 * a pair-by-pair list would drown the line, so it is counted instead.
 */
function unlinked(pairs: readonly PairAgreement[], status: QuestionStatus, answered: readonly string[], label: (id: string) => string): string[] {
  if (pairs.length <= 2) return pairs.map((p) => `no link between ${label(p.a)} and ${label(p.b)}`);
  if (status === 'no-engagement') return [`no links among ${listed(answered.map(label))}`];
  return [`no link between the other ${pairs.length} pairs`];
}

/** "A", "A and B", "A, B and C". */
function listed(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** The relations behind a pair's verdict, e.g. "contrasts, attacks" or "same claim". */
function evidence(pair: PairAgreement): string {
  const kinds = [...(pair.shared.length > 0 ? ['same claim'] : []), ...new Set(pair.links.map((l) => l.relation))];
  return kinds.join(', ');
}

/** Counts of questions by status and the overall line, e.g. "Disagree on 4 of 6 questions (1 in part); agree on 1." */
export function overallAgreement(statuses: readonly QuestionStatus[]): OverallAgreement {
  const counts: Record<QuestionStatus, number> = { agree: 0, disagree: 0, mixed: 0, 'no-engagement': 0, 'one-sided': 0, unanswered: 0 };
  for (const s of statuses) counts[s]++;
  const total = statuses.length;
  const disagreeing = counts.disagree + counts.mixed;
  if (total === 0) return { questions: 0, counts, disagreeing: 0, line: 'No questions to compare: the map defines none.' };
  const parts = [`Disagree on ${disagreeing} of ${plural(total, 'question')}${counts.mixed > 0 ? ` (${counts.mixed} in part)` : ''}`];
  if (counts.agree > 0) parts.push(`agree on ${counts.agree}`);
  if (counts['no-engagement'] > 0) parts.push(`no engagement on ${counts['no-engagement']}`);
  if (counts['one-sided'] > 0) parts.push(`${counts['one-sided']} answered by one position only`);
  if (counts.unanswered > 0) parts.push(`${counts.unanswered} answered by none`);
  return { questions: total, counts, disagreeing, line: `${parts.join('; ')}.` };
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
