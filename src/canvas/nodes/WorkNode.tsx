import { Handle, Position, type NodeProps } from '@xyflow/react';
import { referenceAuthorNames, referenceYear } from '../../domain/schema/reference';
import type { ViewNode } from '../adapter';

export function WorkNode({ data }: NodeProps<ViewNode>) {
  const { node, map } = data;
  if (node.kind !== 'work') return null;
  const ref = map.references.find((r) => r.id === node.ref);
  const stances = map.edges.filter((e) => e.from === node.id && e.relation === 'assesses').map((e) => e.stance);
  return (
    <div className="cp-node cp-work">
      <Handle type="target" position={Position.Bottom} />
      <div className="cp-node__kicker cp-work__kicker">
        {ref ? `${referenceAuthorNames(ref).join(' & ')} ${referenceYear(ref) ?? 'n.d.'}` : node.ref}
      </div>
      <div className="cp-node__title cp-work__title">{ref?.title ?? node.ref}</div>
      <div className="cp-work__stances">
        {[...new Set(stances)].map((s) => (
          <span key={s} className={`cp-stance cp-stance--${s}`}>{s}</span>
        ))}
      </div>
      <Handle type="source" position={Position.Top} />
    </div>
  );
}
