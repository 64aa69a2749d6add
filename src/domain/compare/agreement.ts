import type { MapIndex } from '../graph';
import type { AgreementLink, PairAgreement, PairStatus, QuestionStatus } from './types';

const AGREEING = new Set<AgreementLink['relation']>(['supports']);
const DISAGREEING = new Set<AgreementLink['relation']>(['contrasts', 'attacks']);

/**
 * How two positions stand on a question, given the claims each holds in answer to it
 * (see `PairStatus`). Only direct edges between the two sets count, in either direction:
 * a chain through a third claim is an argument, not a stated agreement.
 */
export function comparePair(
  index: MapIndex,
  a: { readonly positionId: string; readonly claimIds: readonly string[] },
  b: { readonly positionId: string; readonly claimIds: readonly string[] },
): PairAgreement {
  const pair = { a: a.positionId, b: b.positionId };
  if (a.claimIds.length === 0 || b.claimIds.length === 0) return { ...pair, status: 'unanswered', shared: [], links: [] };
  const inA = new Set(a.claimIds);
  const inB = new Set(b.claimIds);
  const shared = a.claimIds.filter((id) => inB.has(id));
  const links: AgreementLink[] = [];
  // A claim both hold is agreement already; its edges to either side are that side's own reasoning.
  for (const id of a.claimIds.filter((c) => !inB.has(c))) {
    for (const edge of [...(index.outgoing.get(id) ?? []), ...(index.incoming.get(id) ?? [])]) {
      const other = edge.from === id ? edge.to : edge.from;
      if (!inB.has(other) || inA.has(other)) continue;
      if (edge.relation !== 'supports' && edge.relation !== 'contrasts' && edge.relation !== 'attacks') continue;
      links.push({ edgeId: edge.id, relation: edge.relation, from: edge.from, to: edge.to });
    }
  }
  const agreeing = shared.length > 0 || links.some((l) => AGREEING.has(l.relation));
  const disagreeing = links.some((l) => DISAGREEING.has(l.relation));
  return { ...pair, status: pairStatus(agreeing, disagreeing), shared, links };
}

function pairStatus(agreeing: boolean, disagreeing: boolean): PairStatus {
  if (agreeing && disagreeing) return 'mixed';
  if (agreeing) return 'agree';
  if (disagreeing) return 'disagree';
  return 'no-engagement';
}

/** Every pair of columns, in column order: (0,1), (0,2), ..., (1,2), ... */
export function columnPairs<T>(items: readonly T[]): [T, T][] {
  return items.flatMap((a, i) => items.slice(i + 1).map((b): [T, T] => [a, b]));
}

/** The question's status from its pairs and how many positions answer it (see `QuestionStatus`). */
export function questionStatus(answeredCount: number, pairs: readonly PairAgreement[]): QuestionStatus {
  if (answeredCount === 0) return 'unanswered';
  if (answeredCount === 1) return 'one-sided';
  const statuses = new Set(pairs.map((p) => p.status));
  const agreeing = statuses.has('agree') || statuses.has('mixed');
  const disagreeing = statuses.has('disagree') || statuses.has('mixed');
  if (agreeing && disagreeing) return 'mixed';
  if (disagreeing) return 'disagree';
  if (agreeing) return 'agree';
  return 'no-engagement';
}
