import type { NodeProps } from '@xyflow/react';
import { selectNode, useCounterpoint } from '../../store';
import type { FlowNode } from '../adapter';
import { useRenderProbe } from '../renderProbe';
import { Kicker, NodeShell, ReviewBadge } from './parts';
import { selectPassagePlace } from './nodeSelectors';

/** A passage: the quotation itself, set as one, with its source and paragraph. */
export function PassageNode({ id }: NodeProps<FlowNode>) {
  useRenderProbe(id);
  const node = useCounterpoint(selectNode(id));
  const [source, paragraph] = useCounterpoint(selectPassagePlace(id)).split('|');
  if (node?.kind !== 'passage') return null;
  return (
    <NodeShell id={id} kind="passage">
      <Kicker>
        <span aria-hidden="true" className="cp-passage__mark">❝</span> Passage
        {paragraph ? <span className="cp-node__who"> · ¶ {paragraph}</span> : null}
        <ReviewBadge id={id} />
      </Kicker>
      <blockquote className="cp-passage__quote">{node.quote}</blockquote>
      <div className="cp-node__meta" title={source}>
        {source}
      </div>
    </NodeShell>
  );
}
