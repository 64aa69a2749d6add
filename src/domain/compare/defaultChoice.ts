import { indexMap } from '../graph';
import type { ArgumentMap } from '../schema/map';
import { columnPairs, comparePair } from './agreement';
import { heldAnswers } from './holdings';
import { MIN_COMPARED_POSITIONS } from './types';

/**
 * The two positions a comparison opens with before the user chooses: the pair that
 * disagrees on the most questions (a debate is worth seeing where positions clash), then
 * the pair that both answer the most questions, then the earliest pair in map order. In
 * column order as the map lists them. A map with fewer than two positions gives what it has.
 */
export function defaultPositions(map: ArgumentMap): string[] {
  const ids = map.positions.map((p) => p.id);
  if (ids.length <= 2) return ids;
  const index = indexMap(map);
  const answers = new Map(ids.map((id) => [id, map.questions.map((q) => heldAnswers(map, id, q.id).map((c) => c.id))]));
  let best: { pair: [string, string]; disagree: number; shared: number } | null = null;
  for (const [a, b] of columnPairs(ids)) {
    let disagree = 0;
    let shared = 0;
    map.questions.forEach((_, q) => {
      const left = answers.get(a)![q]!;
      const right = answers.get(b)![q]!;
      if (left.length === 0 || right.length === 0) return;
      shared++;
      const { status } = comparePair(index, { positionId: a, claimIds: left }, { positionId: b, claimIds: right });
      if (status === 'disagree' || status === 'mixed') disagree++;
    });
    if (!best || disagree > best.disagree || (disagree === best.disagree && shared > best.shared)) best = { pair: [a, b], disagree, shared };
  }
  return [...best!.pair];
}

/**
 * The positions to compare: those chosen that the map has (in the order chosen, at most
 * `max`); but the default pair when no choice is made yet, or when fewer than two chosen
 * positions are left because the map lacks the others (another map was opened). A single
 * position the user chose stays, so the view can ask for a second.
 */
export function effectivePositions(map: ArgumentMap, chosen: readonly string[] | null, max: number): string[] {
  const known = new Set(map.positions.map((p) => p.id));
  const wanted = [...new Set(chosen ?? [])];
  const kept = wanted.filter((id) => known.has(id)).slice(0, max);
  const deliberate = kept.length > 0 && kept.length === Math.min(wanted.length, max);
  return kept.length >= MIN_COMPARED_POSITIONS || deliberate ? kept : defaultPositions(map);
}
