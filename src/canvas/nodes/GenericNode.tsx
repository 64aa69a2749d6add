import type { NodeProps } from '@xyflow/react';
import { KIND_LABELS } from '../../domain/labels';
import { isNodeKind, nodeLabel } from '../../domain/kinds';
import { selectNode, useCounterpoint } from '../../store';
import { useRenderProbe } from '../../ui/renderProbe';
import type { FlowNode } from '../adapter';
import { Kicker, NodeShell, NodeText } from './parts';

/** The card of a kind that has none of its own (`kinds/<kind>.tsx`): its kind and its label. */
export function GenericNode({ id, type }: NodeProps<FlowNode>) {
  useRenderProbe(id);
  const node = useCounterpoint(selectNode(id));
  if (!node || !isNodeKind(type)) return null;
  return (
    <NodeShell id={id} kind={node.kind}>
      <Kicker>{KIND_LABELS[node.kind]}</Kicker>
      <NodeText id={id} text={nodeLabel(node)} label={`${KIND_LABELS[node.kind]} text`} lines={4} />
    </NodeShell>
  );
}
