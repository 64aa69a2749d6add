import type { NodeProps } from '@xyflow/react';
import type { Stance } from '../../../domain/schema/edge';
import { selectNode, useCounterpoint } from '../../../store';
import type { FlowNode } from '../../adapter';
import { shortCitation } from '../../../domain/labels';
import { useRenderProbe } from '../../../ui/renderProbe';
import { Kicker, NodeShell } from '../parts';
import { selectReference, selectWorkStances } from '../nodeSelectors';

/** Each stance has a sign as well as a colour, so it survives greyscale and colour blindness. */
export const STANCE_SIGNS: Record<Stance, string> = { supports: '✓', challenges: '✕', complicates: '≈' };

/** A work of historiography or a participant's text: author, year, title and the stances it takes. */
export function WorkNode({ id }: NodeProps<FlowNode>) {
  useRenderProbe(id);
  const node = useCounterpoint(selectNode(id));
  const work = node?.kind === 'work' ? node : undefined;
  const ref = useCounterpoint(selectReference(work?.ref));
  const stances = useCounterpoint(selectWorkStances(id));
  if (!work) return null;
  return (
    <NodeShell id={id} kind="work">
      <Kicker>
        <span aria-hidden="true">◆</span> Work
        <span className="cp-node__who"> · {shortCitation(ref, work.ref)}</span>
      </Kicker>
      <div className="cp-work__title">{ref?.title ?? work.ref}</div>
      <div className="cp-work__foot">
        {stances
          ? stances.split('|').map((s) => (
              <span key={s} className={`cp-stance cp-stance--${s}`}>
                {STANCE_SIGNS[s as Stance]} {s}
              </span>
            ))
          : null}
        {work.pages ? <span className="cp-work__pages">p. {work.pages}</span> : null}
      </div>
    </NodeShell>
  );
}

export default WorkNode;
