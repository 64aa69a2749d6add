import type { NodeProps } from '@xyflow/react';
import { selectNode, useCounterpoint } from '../../../store';
import type { FlowNode } from '../../adapter';
import { useRenderProbe } from '../../../ui/renderProbe';
import { Kicker, NodeShell, NodeText } from '../parts';

/** The map author's own commentary, on a yellow slip. */
export function NoteNode({ id }: NodeProps<FlowNode>) {
  useRenderProbe(id);
  const node = useCounterpoint(selectNode(id));
  if (node?.kind !== 'note') return null;
  return (
    <NodeShell id={id} kind="note">
      <Kicker>
        <span aria-hidden="true">✎</span> Note
      </Kicker>
      <NodeText id={id} text={node.text} title={node.title} label="Note text" lines={node.title ? 3 : 5} />
    </NodeShell>
  );
}

export default NoteNode;
