import type { NodeKind } from './schema/node';
import type { Relation } from './schema/edge';

type Target = NodeKind | 'edge';

/**
 * Which relation may join which kinds, as architecture.md defines them. The canvas offers
 * only these when the user connects two nodes, and the loader refuses anything else.
 */
export const RELATION_RULES: Record<Relation, { from: readonly NodeKind[]; to: readonly Target[] }> = {
  states: { from: ['passage'], to: ['claim', 'objection'] },
  supports: { from: ['claim', 'passage', 'objection'], to: ['claim', 'objection'] },
  attacks: { from: ['objection', 'claim', 'passage'], to: ['claim', 'objection'] },
  undercuts: { from: ['objection', 'claim', 'passage'], to: ['edge'] },
  contrasts: { from: ['claim', 'objection'], to: ['claim', 'objection'] },
  assesses: { from: ['work'], to: ['claim', 'objection'] },
};

/** Relations whose link an undercut can deny. */
export const UNDERCUTTABLE: readonly Relation[] = ['supports', 'attacks'];

export function relationAllowed(relation: Relation, from: NodeKind, to: Target): boolean {
  const rule = RELATION_RULES[relation];
  return rule.from.includes(from) && rule.to.includes(to);
}

/** The relations that make sense from one node to another, for the connect menu. */
export function relationsBetween(from: NodeKind, to: Target): Relation[] {
  return (Object.keys(RELATION_RULES) as Relation[]).filter((r) => relationAllowed(r, from, to));
}
