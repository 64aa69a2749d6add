import { useMemo, useRef } from 'react';
import { selectDoc, selectVisibility, useCounterpoint } from '../store';
import { FlowProjection } from './adapter';

/** The flow nodes and edges of the open map, rebuilt on each change but identical where nothing changed. */
export function useFlowElements() {
  const doc = useCounterpoint(selectDoc);
  const visibility = useCounterpoint(selectVisibility);
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
