import type { ReactFlowInstance } from '@xyflow/react';
import { laneView } from '../../domain/compare/laneView';
import type { CounterpointStore } from '../../store';
import type { FlowEdge, FlowNode } from '../adapter';
import { laneFrame } from './chrome';
import { FOLDED_CLASS } from '../levels/foldFlow';

/**
 * Fits the whole map in view: the lanes with their headers and questions in the swimlanes
 * (fitting the nodes alone would cut those off), else every node.
 */
export function fitShown(flow: ReactFlowInstance<FlowNode, FlowEdge>, store: CounterpointStore, duration = 200): void {
  const s = store.getState();
  if (s.layoutMode === 'lanes') void flow.fitBounds(laneFrame(laneView(s.doc)), { padding: 0.06, duration });
  else {
    // Nodes folded away by the level of detail still count; nodes the user hid do not.
    const all = flow.getNodes();
    const folded = all.some((n) => n.className === FOLDED_CLASS);
    const shown = folded ? { nodes: all.filter((n) => !n.hidden || n.className === FOLDED_CLASS), includeHiddenNodes: true } : {};
    void flow.fitView({ padding: 0.12, maxZoom: 1.1, duration, ...shown });
  }
}
