import { useReactFlow, type EdgeChange, type NodeChange, type OnConnectEnd, type XYPosition } from '@xyflow/react';
import { useMemo, useRef } from 'react';
import { useCounterpointStore } from '../store';
import type { FlowEdge, FlowNode } from './adapter';
import type { ConnectRequest } from './ConnectMenu';
import type { MapCanvasProps } from './canvasTypes';
import { isNodeKind, kindDefinition } from '../domain/kinds';
import { applySelectChanges } from './selection';
import { writeViewport } from './savedViewport';
import { viewKey } from './useCanvasRequests';

/**
 * React Flow's event handlers for the editor. They keep one identity for the life of the
 * canvas (props are read through a ref): React Flow hands them to every node, and a new
 * function on each render would re-render every node on every edit.
 */
export function useCanvasHandlers(props: MapCanvasProps, setConnect: (request: ConnectRequest | null) => void) {
  const store = useCounterpointStore();
  const { screenToFlowPosition } = useReactFlow();
  const latest = useRef(props);
  latest.current = props;

  return useMemo(() => {
    const toFlow = (e: { clientX: number; clientY: number }): XYPosition => screenToFlowPosition({ x: e.clientX, y: e.clientY });
    const client = (e: { clientX: number; clientY: number }) => ({ x: e.clientX, y: e.clientY });
    const gestureStart = () => store.getState().beginGesture();
    const gestureEnd = () => store.getState().endGesture();

    const onConnectEnd: OnConnectEnd = (event, state) => {
      if (!state.fromNode || !state.fromHandle) return;
      const at = 'changedTouches' in event ? { x: event.changedTouches[0]!.clientX, y: event.changedTouches[0]!.clientY } : client(event);
      const under = document.elementFromPoint(at.x, at.y);
      const link = under?.closest('[data-link-id]')?.getAttribute('data-link-id');
      const dropped = state.toNode?.id ?? under?.closest('.react-flow__node')?.getAttribute('data-id') ?? null;
      setConnect({
        start: state.fromNode.id,
        // Dragged from a top grip: the start argues for what it is dropped on. From a bottom grip: the reverse.
        startIsReason: state.fromHandle.type === 'source',
        drop: link ? { link } : dropped && dropped !== state.fromNode.id ? { node: dropped } : { pane: true },
        client: at,
      });
    };

    return {
      onNodesChange(changes: NodeChange<FlowNode>[]) {
        const state = store.getState();
        const moved: Record<string, XYPosition> = {};
        for (const c of changes) if (c.type === 'position' && c.position) moved[c.id] = c.position;
        if (Object.keys(moved).length > 0) (state.layoutMode === 'lanes' ? state.moveLaneNodes : state.moveNodes)(moved);
        const nodesNext = applySelectChanges(state.selection.nodes, changes);
        if (nodesNext !== state.selection.nodes) state.select({ nodes: nodesNext });
      },
      onEdgesChange(changes: EdgeChange<FlowEdge>[]) {
        const state = store.getState();
        const edgesNext = applySelectChanges(state.selection.edges, changes);
        if (edgesNext !== state.selection.edges) state.select({ edges: edgesNext });
      },
      onNodeDragStart: gestureStart,
      onNodeDragStop: gestureEnd,
      onSelectionDragStart: gestureStart,
      onSelectionDragStop: gestureEnd,
      onConnectEnd,
      onNodeDoubleClick(_: React.MouseEvent, node: FlowNode) {
        if (isNodeKind(node.type) && kindDefinition(node.type).inlineEditable) store.getState().setEditing(node.id);
        else latest.current.onOpenDetails?.(node.id);
      },
      onPaneContextMenu(e: React.MouseEvent | MouseEvent) {
        e.preventDefault();
        latest.current.onMenu?.({ target: 'pane', client: client(e), flow: toFlow(e) });
      },
      onNodeContextMenu(e: React.MouseEvent, node: FlowNode) {
        e.preventDefault();
        const s = store.getState();
        if (!s.selection.nodes.includes(node.id)) s.select({ nodes: [node.id], edges: [] });
        latest.current.onMenu?.({ target: 'node', id: node.id, client: client(e), flow: toFlow(e) });
      },
      onEdgeContextMenu(e: React.MouseEvent, edge: FlowEdge) {
        e.preventDefault();
        const s = store.getState();
        if (!s.selection.edges.includes(edge.id)) s.select({ nodes: [], edges: [edge.id] });
        latest.current.onMenu?.({ target: 'edge', id: edge.id, client: client(e), flow: toFlow(e) });
      },
      onMoveEnd(_: unknown, viewport: { x: number; y: number; zoom: number }) {
        store.getState().setViewport(viewport);
        writeViewport(viewKey(store), viewport);
      },
    };
  }, [store, screenToFlowPosition, setConnect]);
}
