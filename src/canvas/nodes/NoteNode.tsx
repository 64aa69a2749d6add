import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { ViewNode } from '../adapter';

export function NoteNode({ data }: NodeProps<ViewNode>) {
  const { node } = data;
  if (node.kind !== 'note') return null;
  return (
    <div className="cp-node cp-note">
      <Handle type="target" position={Position.Bottom} />
      {node.title ? <div className="cp-node__title">{node.title}</div> : null}
      <div className="cp-note__text">{node.text}</div>
      <Handle type="source" position={Position.Top} />
    </div>
  );
}
