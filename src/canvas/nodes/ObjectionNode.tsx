import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { ViewNode } from '../adapter';

export function ObjectionNode({ data }: NodeProps<ViewNode>) {
  const { node, map } = data;
  if (node.kind !== 'objection') return null;
  const position = map.positions.find((p) => p.id === node.position);
  return (
    <div className="cp-node cp-objection">
      <Handle type="target" position={Position.Bottom} />
      <div className="cp-node__kicker cp-objection__kicker">✕ Objection{position ? ` · ${position.label}` : ''}</div>
      <div className="cp-node__title">{node.title ?? node.text}</div>
      <Handle type="source" position={Position.Top} />
    </div>
  );
}
