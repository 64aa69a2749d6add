import type { AnchorResolution } from '../anchoring/resolve';
import { incomingOf, type MapIndex } from '../graph';
import type { CellPassage, HeldClaim } from './types';
import { ownValue } from '../ownKey';

/** Quotes shorter than this are fragments; longer ones no longer fit a cell (code points). */
export const QUOTABLE_MIN = 40;
export const QUOTABLE_MAX = 320;
/** A sentence or two: enough to carry the argument, short enough to read across a row of cells. */
export const QUOTE_IDEAL = 160;

interface Candidate extends CellPassage {
  readonly central: boolean;
  readonly length: number;
  /** Tie-breakers: the claim's place in the cell, then the edge's place in the map. */
  readonly claimRank: number;
  readonly edgeRank: number;
}

/**
 * The passages that state or support a cell's claims, strongest first. "Strongest" is, in
 * order of precedence:
 * 1. a passage that matches its source (one that needs review is weaker evidence);
 * 2. a `states` passage (the source making the claim) over a `supports` one (evidence for it);
 * 3. one attached to a central claim;
 * 4. a quotable length (QUOTABLE_MIN to QUOTABLE_MAX code points), the nearer QUOTE_IDEAL
 *    the better; outside it, the nearer the range the better;
 * 5. then the order of the cell's claims and of the map, so the choice is stable.
 * A passage attached to several of the cell's claims counts once, at its strongest.
 */
export function rankPassages(
  index: MapIndex,
  claims: readonly HeldClaim[],
  anchors: Readonly<Record<string, AnchorResolution>> = {},
): CellPassage[] {
  const edgeOrder = new Map(index.map.edges.map((e, i) => [e.id, i]));
  const candidates: Candidate[] = [];
  claims.forEach((claim, claimRank) => {
    for (const relation of ['states', 'supports'] as const) {
      for (const edge of incomingOf(index, claim.id, relation)) {
        const node = index.nodes.get(edge.from);
        if (node?.kind !== 'passage') continue;
        const status = ownValue(anchors, node.id)?.status;
        candidates.push({
          id: node.id,
          quote: node.quote,
          claimId: claim.id,
          relation,
          needsReview: status === 'fuzzy' || status === 'orphan',
          central: claim.central,
          length: [...node.quote].length,
          claimRank,
          edgeRank: edgeOrder.get(edge.id) ?? 0,
        });
      }
    }
  });
  candidates.sort(byStrength);
  const seen = new Set<string>();
  return candidates
    .filter((c) => !seen.has(c.id) && seen.add(c.id))
    .map(({ id, quote, claimId, relation, needsReview }) => ({ id, quote, claimId, relation, needsReview }));
}

function byStrength(a: Candidate, b: Candidate): number {
  return (
    Number(a.needsReview) - Number(b.needsReview) ||
    Number(a.relation !== 'states') - Number(b.relation !== 'states') ||
    Number(b.central) - Number(a.central) ||
    lengthPenalty(a.length) - lengthPenalty(b.length) ||
    a.claimRank - b.claimRank ||
    a.edgeRank - b.edgeRank
  );
}

/** Lower is better: every quotable length scores below every other. */
function lengthPenalty(length: number): number {
  if (length >= QUOTABLE_MIN && length <= QUOTABLE_MAX) return Math.abs(length - QUOTE_IDEAL);
  const outside = length < QUOTABLE_MIN ? QUOTABLE_MIN - length : length - QUOTABLE_MAX;
  return QUOTABLE_MAX + outside;
}
