import type { NodeProps } from '@xyflow/react';
import type { CSSProperties } from 'react';
import { selectNode, selectPosition, useCounterpoint } from '../../../store';
import type { FlowNode } from '../../adapter';
import { useRenderProbe } from '../../../ui/renderProbe';
import { Kicker, NodeShell, NodeText, Tally } from '../parts';

/** A claim: a card with its position's colour, a halo when central. */
export function ClaimNode({ id }: NodeProps<FlowNode>) {
  useRenderProbe(id);
  const node = useCounterpoint(selectNode(id));
  const position = useCounterpoint(selectPosition(node?.kind === 'claim' ? node.position : undefined));
  if (node?.kind !== 'claim') return null;
  return (
    <NodeShell
      id={id}
      kind="claim"
      className={node.central ? 'cp-claim--central' : undefined}
      style={{ '--cp-position': position?.color ?? 'var(--cp-neutral)' } as CSSProperties}
    >
      <Kicker>
        <span className="cp-swatch" aria-hidden="true" />
        <span className="cp-node__who">{position?.label ?? 'Claim'}</span>
        {node.central ? <span className="cp-central">★ Central</span> : null}
      </Kicker>
      <NodeText id={id} text={node.text} title={node.title} label="Claim text" lines={node.title ? 3 : 4} />
      <Tally id={id} />
    </NodeShell>
  );
}

export default ClaimNode;
