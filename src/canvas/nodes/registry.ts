import type { NodeTypes } from '@xyflow/react';
import type { NodeKind } from '../../domain/schema/node';
import { ClaimNode } from './ClaimNode';
import { FallbackNode } from './FallbackNode';
import { NoteNode } from './NoteNode';
import { ObjectionNode } from './ObjectionNode';
import { PassageNode } from './PassageNode';
import { WorkNode } from './WorkNode';

/**
 * Module-level, so React Flow never sees a new nodeTypes object and never remounts nodes.
 * React Flow falls back to its `default` type for an unknown `type`; ours is the fallback.
 */
export const NODE_TYPES = {
  claim: ClaimNode,
  passage: PassageNode,
  objection: ObjectionNode,
  work: WorkNode,
  note: NoteNode,
  default: FallbackNode,
} satisfies Record<NodeKind | 'default', NodeTypes[string]>;
