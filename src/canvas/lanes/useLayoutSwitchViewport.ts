import { useReactFlow, type Viewport } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { useCounterpoint, useCounterpointStore, type LayoutMode } from '../../store';
import type { FlowEdge, FlowNode } from '../adapter';
import { fitShown } from './fitLanes';

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

  useEffect(() => {
    seen.current = {};
  }, [openSerial]);

  useEffect(() => {
    if (previous.current === mode) return;
    seen.current[previous.current] = flow.getViewport();
    previous.current = mode;
    const back = seen.current[mode];
    const frame = requestAnimationFrame(() => {
      if (back) void flow.setViewport(back, { duration: 200 });
      else fitShown(flow, store);
    });
    return () => cancelAnimationFrame(frame);
  }, [mode, flow, store]);
}
