import { useReactFlow, type Viewport } from '@xyflow/react';
import { useEffect, useRef } from 'react';
import { laneView } from '../../domain/compare/laneView';
import { useCounterpoint, useCounterpointStore, type LayoutMode } from '../../store';
import { LANE_CHROME } from './LaneLayer';

/**
 * Switching between the free layout and the swimlanes returns to where the user was looking
 * in that layout; the first time in a layout, the view fits it whole (lane headers and
 * questions included). A newly opened map starts afresh.
 */
export function useLayoutSwitchViewport() {
  const flow = useReactFlow();
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
      else if (mode === 'lanes') {
        const { bounds } = laneView(store.getState().doc);
        const { header, pad, gutter, labels } = LANE_CHROME;
        const left = bounds.x - pad - gutter - labels;
        void flow.fitBounds({ x: left, y: bounds.y - header, width: bounds.x + bounds.width + pad - left, height: bounds.height + header + pad }, { padding: 0.04, duration: 200 });
      } else void flow.fitView({ padding: 0.12, maxZoom: 1.1, duration: 200 });
    });
    return () => cancelAnimationFrame(frame);
  }, [mode, flow, store]);
}
