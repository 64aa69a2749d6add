import type { NodeProps } from '@xyflow/react';
import { pageLabel } from '../../../domain/reader/pageMarks';
import { selectNeedsReview, selectNode, useCounterpoint, useCounterpointStore } from '../../../store';
import type { FlowNode } from '../../adapter';
import { useRenderProbe } from '../../../ui/renderProbe';
import { Kicker, NodeShell } from '../parts';
import { selectPassagePlace } from '../nodeSelectors';

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
        {node.page ? <span className="cp-node__who"> · {pageLabel(node.page)}</span> : paragraph ? <span className="cp-node__who"> · ¶ {paragraph}</span> : null}
        <ReviewButton id={id} />
      </Kicker>
      <blockquote className="cp-passage__quote">{node.quote}</blockquote>
      <div className="cp-node__meta" title={source}>
        {source}
      </div>
    </NodeShell>
  );
}

/**
 * The needs-review badge, as a button that opens the review dialog. The canvas cannot reach
 * the shell's commands, so it asks for the "reader.review" command by the event the shell's
 * CommandsProvider listens for (COMMAND_EVENT).
 */
function ReviewButton({ id }: { id: string }) {
  const store = useCounterpointStore();
  const needsReview = useCounterpoint(selectNeedsReview(id));
  if (!needsReview) return null;
  return (
    <button
      type="button"
      className="cp-badge cp-badge--review cp-badge--button nodrag"
      title="The quote only approximately matches its source: review it"
      onClick={(e) => {
        e.stopPropagation();
        store.getState().selectNode(id);
        e.currentTarget.dispatchEvent(new CustomEvent('counterpoint:command', { detail: 'reader.review', bubbles: true }));
      }}
      onDoubleClick={(e) => e.stopPropagation()}
    >
      ⚠ Needs review
    </button>
  );
}

export default PassageNode;
