import { useMemo, useRef } from 'react';
import { selectDoc, useCounterpoint } from '../store';
import { FlowProjection } from './adapter';
import { inLanes, selectFlowVisibility } from './lanes/laneSelectors';

/** The flow nodes and edges of the open map, rebuilt on each change but identical where nothing changed. */
export function useFlowElements() {
  const saved = useCounterpoint(selectDoc);
  const lanes = useCounterpoint((s) => s.layoutMode === 'lanes');
  // In the swimlanes nodes sit where the lanes put them; the free layout is only read, never changed.
  const doc = lanes ? inLanes(saved) : saved;
  const visibility = useCounterpoint(selectFlowVisibility);
  const selection = useCounterpoint((s) => s.selection);
  const projection = useRef<FlowProjection>(null);
  projection.current ??= new FlowProjection();
  const nodes = useMemo(() => projection.current!.nodes({ doc, visibility, selection }), [doc, visibility, selection]);
  const edges = useMemo(() => {
    const at = new Map(nodes.map((n) => [n.id, n.position]));
    return projection.current!.edges({ doc, visibility, selection }, (id) => at.get(id));
  }, [doc, visibility, selection, nodes]);
  return { nodes, edges };
}
