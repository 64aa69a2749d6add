import { useReactFlow } from '@xyflow/react';
import { useCallback, useRef } from 'react';
import { useCounterpointStore } from '../../store';
import { blockAt, type FarScene } from './farScene';

/**
 * At the far level the flow's nodes are hidden, so a click reaches the pane: the block under it
 * selects its claim (Shift, Ctrl or Cmd add it to the selection), as clicking its card would.
 */
export function useFarClick(scene: FarScene | null) {
  const store = useCounterpointStore();
  const { screenToFlowPosition } = useReactFlow();
  const latest = useRef(scene);
  latest.current = scene;
  return useCallback(
    (e: React.MouseEvent) => {
      const current = latest.current;
      if (!current) return;
      const at = screenToFlowPosition({ x: e.clientX, y: e.clientY });
      const hit = blockAt(current, at.x, at.y);
      if (!hit) return;
      const adding = e.shiftKey || e.metaKey || e.ctrlKey;
      const nodes = store.getState().selection.nodes;
      store.getState().select({ nodes: adding ? [...nodes.filter((id) => id !== hit.id), hit.id] : [hit.id], edges: [] });
    },
    [store, screenToFlowPosition],
  );
}
