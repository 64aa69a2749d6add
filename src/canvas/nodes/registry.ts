import type { ComponentType } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { NodeKind } from '../../domain/schema/node';
import type { ViewNode } from '../adapter';
import { ClaimNode } from './ClaimNode';
import { FallbackNode } from './FallbackNode';
import { NoteNode } from './NoteNode';
import { ObjectionNode } from './ObjectionNode';
import { PassageNode } from './PassageNode';
import { WorkNode } from './WorkNode';

/** Module-level, so React Flow never sees a new nodeTypes object and never remounts nodes. */
export const NODE_TYPES: Record<NodeKind | 'fallback', ComponentType<NodeProps<ViewNode>>> = {
  claim: ClaimNode,
  passage: PassageNode,
  objection: ObjectionNode,
  work: WorkNode,
  note: NoteNode,
  fallback: FallbackNode,
};
