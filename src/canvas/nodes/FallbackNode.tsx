import type { NodeProps } from '@xyflow/react';
import type { FlowNode } from '../adapter';
import { NodeShell } from './parts';

/** Shown for a kind the registry does not know, so a newer map degrades instead of crashing. */
export function FallbackNode({ id, type }: NodeProps<FlowNode>) {
  return (
    <NodeShell id={id} kind="fallback">
      <div className="cp-node__body">
        <div className="cp-node__text">
          A “{String(type)}” node ({id}) that this version of Counterpoint cannot show.
        </div>
      </div>
    </NodeShell>
  );
}
