import { Panel } from '@xyflow/react';
import { LANE_KINDS } from '../../domain/compare/laneView';
import { NODE_KINDS } from '../../domain/schema/node';
import { useCounterpoint, useCounterpointStore } from '../../store';
import { KIND_LABELS } from '../describe';

/** Says what the swimlanes leave out and why, and offers to undo the user's moves in them. */
export function LaneNotice() {
  const store = useCounterpointStore();
  const left = useCounterpoint((s) => leftOut(s.doc.nodes));
  const moved = useCounterpoint((s) => Object.keys(s.doc.laneLayout ?? {}).length > 0);
  return (
    <Panel position="bottom-center" className="cp-lanes-notice">
      <p>{left ? `${left} stay in the free layout; each claim counts its own (❝ passages, ◆ readings).` : 'A lane per position, a row per question.'}</p>
      <button type="button" className="cp-button" disabled={!moved} onClick={() => store.getState().resetLanes()} title="Forget where you moved claims in the swimlanes (undoable)">
        Put claims back in place
      </button>
      <button type="button" className="cp-button" onClick={() => store.getState().setLayoutMode('free')}>
        Free layout
      </button>
    </Panel>
  );
}

/** "41 passages, 16 works and 1 note": what the lanes do not show, or an empty string. */
function leftOut(nodes: readonly { kind: string }[]): string {
  const parts = NODE_KINDS.filter((k) => !LANE_KINDS.has(k)).flatMap((kind) => {
    const n = nodes.filter((node) => node.kind === kind).length;
    return n > 0 ? [`${n} ${KIND_LABELS[kind].toLowerCase()}${n === 1 ? '' : 's'}`] : [];
  });
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? '');
}
