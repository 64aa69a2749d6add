import { answeredQuestions } from '../schema/claim';
import type { ArgumentMap } from '../schema/map';
import { nodeLabel } from '../schema/node';
import type { HeldClaim } from './types';

const cache = new WeakMap<ArgumentMap, ReadonlyMap<string | null, readonly HeldClaim[]>>();

/**
 * The claims and objections each position holds, in map order, by position id; those no
 * position holds are under `null`. Objections count: an objection with a position and an
 * `answers` is that position's answer too.
 */
export function holdingsByPosition(map: ArgumentMap): ReadonlyMap<string | null, readonly HeldClaim[]> {
  const hit = cache.get(map);
  if (hit) return hit;
  const out = new Map<string | null, HeldClaim[]>();
  for (const node of map.nodes) {
    if (node.kind !== 'claim' && node.kind !== 'objection') continue;
    const held: HeldClaim = {
      id: node.id,
      kind: node.kind,
      label: nodeLabel(node),
      text: node.text,
      central: node.kind === 'claim' && node.central === true,
      answers: answeredQuestions(node),
    };
    const key = node.position ?? null;
    const list = out.get(key);
    if (list) list.push(held);
    else out.set(key, [held]);
  }
  cache.set(map, out);
  return out;
}

/** Everything a position holds, in map order; `null` gives the claims and objections no position holds. */
export function heldBy(map: ArgumentMap, positionId: string | null): readonly HeldClaim[] {
  return holdingsByPosition(map).get(positionId) ?? [];
}

/**
 * A position's answers to one question: central claims first (they are what the position
 * is remembered for), then in map order. A claim answering two questions is in both cells.
 */
export function heldAnswers(map: ArgumentMap, positionId: string, questionId: string): HeldClaim[] {
  const answers = heldBy(map, positionId).filter((c) => c.answers.includes(questionId));
  return [...answers.filter((c) => c.central), ...answers.filter((c) => !c.central)];
}
