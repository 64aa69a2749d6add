import type { NodeProps } from '@xyflow/react';
import { selectNode, selectPosition, useCounterpoint } from '../../../store';
import type { FlowNode } from '../../adapter';
import { useRenderProbe } from '../../../ui/renderProbe';
import { Kicker, NodeShell, NodeText, Tally } from '../parts';
import { selectReference } from '../nodeSelectors';
import { shortCitation } from '../../../domain/labels';

/** An objection: marked with ✕ and a heavy red rule, so it reads as one in greyscale too. */
export function ObjectionNode({ id }: NodeProps<FlowNode>) {
  useRenderProbe(id);
  const node = useCounterpoint(selectNode(id));
  const objection = node?.kind === 'objection' ? node : undefined;
  const position = useCounterpoint(selectPosition(objection?.position));
  const ref = useCounterpoint(selectReference(objection?.ref));
  if (!objection) return null;
  const who = [position?.label, objection.ref ? shortCitation(ref, objection.ref) : undefined].filter(Boolean).join(' · ');
  return (
    <NodeShell id={id} kind="objection">
      <Kicker className="cp-objection__kicker">
        <span aria-hidden="true">✕</span> Objection
        {who ? <span className="cp-node__who"> · {who}</span> : null}
      </Kicker>
      <NodeText id={id} text={objection.text} title={objection.title} label="Objection text" lines={objection.title ? 3 : 4} />
      <Tally id={id} />
    </NodeShell>
  );
}

export default ObjectionNode;
