import type { AnchorResolution } from '../anchoring/resolve';
import { incomingOf, type MapIndex } from '../graph';
import { STANCES, type Stance } from '../schema/edge';
import { heldAnswers } from './holdings';
import { rankPassages } from './passage';
import type { ComparisonCell, HeldClaim } from './types';

/** One cell of the matrix: what a position says on a question, its best quote, and how contested it is. */
export function buildCell(
  index: MapIndex,
  positionId: string,
  questionId: string,
  anchors: Readonly<Record<string, AnchorResolution>> = {},
): ComparisonCell {
  const claims = heldAnswers(index.map, positionId, questionId);
  const passages = rankPassages(index, claims, anchors);
  return {
    positionId,
    questionId,
    claims,
    stated: claims.length > 0,
    passage: passages[0] ?? null,
    passageIds: passages.map((p) => p.id),
    objectionIds: attackersOf(index, claims),
    works: assessmentsOf(index, claims),
  };
}

/** Distinct nodes attacking any of the claims, in map order; a cell's own rebuttals of itself do not count. */
function attackersOf(index: MapIndex, claims: readonly HeldClaim[]): string[] {
  const own = new Set(claims.map((c) => c.id));
  const attackers = new Set(claims.flatMap((c) => incomingOf(index, c.id, 'attacks').map((e) => e.from)));
  return inMapOrder(index, [...attackers].filter((id) => !own.has(id)));
}

/** Distinct works assessing any of the claims, by stance; a work reading two claims differently counts under each stance. */
function assessmentsOf(index: MapIndex, claims: readonly HeldClaim[]): Record<Stance, string[]> {
  const byStance = Object.fromEntries(STANCES.map((s) => [s, new Set<string>()])) as Record<Stance, Set<string>>;
  for (const claim of claims) {
    for (const edge of incomingOf(index, claim.id, 'assesses')) {
      if (edge.stance) byStance[edge.stance].add(edge.from);
    }
  }
  return Object.fromEntries(STANCES.map((s) => [s, inMapOrder(index, [...byStance[s]])])) as Record<Stance, string[]>;
}

function inMapOrder(index: MapIndex, ids: string[]): string[] {
  const order = new Map(index.map.nodes.map((n, i) => [n.id, i]));
  return ids.sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}
