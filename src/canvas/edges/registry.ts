import type { EdgeTypes } from '@xyflow/react';
import { ArgumentEdge } from './ArgumentEdge';
import { UndercutEdge } from './UndercutEdge';

/** Module-level, like the node types, so React Flow never remounts edges. */
export const EDGE_TYPES = {
  argument: ArgumentEdge,
  undercut: UndercutEdge,
} satisfies EdgeTypes;
