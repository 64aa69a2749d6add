import type { NodeTypes } from '@xyflow/react';
import { NODE_KINDS, type NodeKind } from '../../domain/kinds';
import { FallbackNode } from './FallbackNode';
import { GenericNode } from './GenericNode';

/** Each kind's card is `kinds/<kind>.tsx` (its default export), found here by its file name. */
const CARDS = import.meta.glob<NodeTypes[string]>('./kinds/*.tsx', { eager: true, import: 'default' });

const cardOf = (kind: NodeKind): NodeTypes[string] => CARDS[`./kinds/${kind}.tsx`] ?? GenericNode;

/**
 * Module-level, so React Flow never sees a new nodeTypes object and never remounts nodes.
 * A kind the domain knows without a card of its own gets the generic card; React Flow
 * falls back to its `default` type for a kind nobody knows, and ours says so.
 */
export const NODE_TYPES: Record<NodeKind | 'default', NodeTypes[string]> = {
  ...(Object.fromEntries(NODE_KINDS.map((k) => [k, cardOf(k)])) as Record<NodeKind, NodeTypes[string]>),
  default: FallbackNode,
};
