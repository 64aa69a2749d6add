import { useReactFlow, type ReactFlowInstance, type Viewport } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { laneView } from '../../domain/compare/laneView';
import { useCounterpoint, useCounterpointStore, type CounterpointStore, type LayoutMode } from '../../store';
import type { FlowEdge, FlowNode } from '../adapter';
import { laneFrame } from './chrome';

const FIT = { padding: 0.06, duration: 200 };

/** Fits the lanes whole, headers and question labels included (fitting the nodes alone would cut them off). */
function fitLanes(flow: ReactFlowInstance<FlowNode, FlowEdge>, store: CounterpointStore) {
  void flow.fitBounds(laneFrame(laneView(store.getState().doc)), FIT);
}

/**
 * Switching between the free layout and the swimlanes returns to where the user was looking
 * in that layout; the first time in a layout, the view fits it whole. A newly opened map
 * starts afresh.
 */
export function useLayoutSwitchViewport() {
  const flow = useReactFlow<FlowNode, FlowEdge>();
  const store = useCounterpointStore();
  const mode = useCounterpoint((s) => s.layoutMode);
  const openSerial = useCounterpoint((s) => s.openSerial);
  const seen = useRef<Partial<Record<LayoutMode, Viewport>>>({});
  const previous = useRef(mode);

  // The canvas fits a newly opened map to its nodes in the next frame; in the lanes, this frame's later call wins.
  useEffect(() => {
    seen.current = {};
    const s = store.getState();
    if (openSerial === 0 || s.layoutMode !== 'lanes' || s.reveal) return;
    const frame = requestAnimationFrame(() => fitLanes(flow, store));
    return () => cancelAnimationFrame(frame);
  }, [openSerial, flow, store]);

  useEffect(() => {
    if (previous.current === mode) return;
    seen.current[previous.current] = flow.getViewport();
    previous.current = mode;
    const back = seen.current[mode];
    const frame = requestAnimationFrame(() => {
      if (back) void flow.setViewport(back, { duration: FIT.duration });
      else if (mode === 'lanes') fitLanes(flow, store);
      else void flow.fitView({ padding: 0.12, maxZoom: 1.1, duration: FIT.duration });
    });
    return () => cancelAnimationFrame(frame);
  }, [mode, flow, store]);
}
