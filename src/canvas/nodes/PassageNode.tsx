import { Handle, Position, type NodeProps } from '@xyflow/react';
import type { ViewNode } from '../adapter';

export function PassageNode({ data }: NodeProps<ViewNode>) {
  const { node, map } = data;
  if (node.kind !== 'passage') return null;
  const source = map.sources.find((s) => s.id === node.source);
  return (
    <div className="cp-node cp-passage">
      <Handle type="target" position={Position.Bottom} />
      <blockquote className="cp-passage__quote">{node.quote}</blockquote>
      <div className="cp-node__meta">{source?.title ?? node.source}</div>
      <Handle type="source" position={Position.Top} />
    </div>
  );
}
