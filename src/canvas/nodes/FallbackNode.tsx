import type { NodeProps } from '@xyflow/react';
import type { ViewNode } from '../adapter';

/** Shown for a kind the registry does not know, so a newer map degrades instead of crashing. */
export function FallbackNode({ id }: NodeProps<ViewNode>) {
  return <div className="cp-node cp-fallback">Unknown node {id}</div>;
}
