import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { ViewNode } from '../adapter';

export function ClaimNode({ data }: NodeProps<ViewNode>) {
  const { node, map } = data;
  if (node.kind !== 'claim') return null;
  const position = map.positions.find((p) => p.id === node.position);
  return (
    <div className={`cp-node cp-claim${node.central ? ' cp-claim--central' : ''}`} style={{ borderColor: position?.color }}>
      <Handle type="target" position={Position.Bottom} />
      <div className="cp-node__kicker" style={{ background: position?.color }}>
        {position?.label ?? 'Claim'}
        {node.central ? ' · central' : ''}
      </div>
      <div className="cp-node__title">{node.title ?? node.text}</div>
      <Handle type="source" position={Position.Top} />
    </div>
  );
}
