import { KINDS, NODE_KINDS, type NodeKind } from './schema/node';
import { RELATIONS, type Relation } from './schema/edge';

type Target = NodeKind | 'edge';

/**
 * Which relation may join which kinds, as architecture.md defines them, gathered from each
 * kind's `from` and `to`. The canvas offers only these when the user connects two nodes,
 * and the loader refuses anything else.
 */
export const RELATION_RULES: Record<Relation, { from: readonly NodeKind[]; to: readonly Target[] }> = Object.fromEntries(
  RELATIONS.map((r) => [
    r,
    {
      from: NODE_KINDS.filter((k) => KINDS[k].from.includes(r)),
      // An undercut ends at a link, not a node.
      to: r === 'undercuts' ? ['edge'] : NODE_KINDS.filter((k) => KINDS[k].to.includes(r)),
    },
  ]),
) as unknown as Record<Relation, { from: readonly NodeKind[]; to: readonly Target[] }>;

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
