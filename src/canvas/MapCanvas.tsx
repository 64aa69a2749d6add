import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  ReactFlowProvider,
  type EdgeChange,
  type NodeChange,
  type OnConnectEnd,
  useReactFlow,
  type XYPosition,
} from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useCallback, useRef, useState } from 'react';
import { useCounterpoint, useCounterpointStore } from '../store';
import type { FlowEdge, FlowNode } from './adapter';
import { ConnectMenu, type ConnectRequest } from './ConnectMenu';
import { EDGE_TYPES } from './edges/registry';
import { Markers } from './edges/Markers';
import { Legend } from './Legend';
import { NODE_TYPES } from './nodes/registry';
import { applySelectChanges } from './selection';
import { useCanvasRequests } from './useCanvasRequests';
import { useFlowElements } from './useFlowElements';
import { minimapColor } from './minimapColor';

/** What the shell is told when the user asks for a context menu on the canvas. */
export interface CanvasMenuRequest {
  readonly target: 'pane' | 'node' | 'edge';
  readonly id?: string;
  /** Where the pointer was, on screen (to place the menu) and on the map (to place new nodes). */
  readonly client: XYPosition;
  readonly flow: XYPosition;
}

export interface MapCanvasProps {
  readonly onMenu?: (request: CanvasMenuRequest) => void;
  /** Asked when a node is double-clicked that cannot be edited inline (passages, works). */
  readonly onOpenDetails?: (id: string) => void;
}

const INLINE_EDITABLE = new Set(['claim', 'objection', 'note']);
const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];

function Canvas({ onMenu, onOpenDetails }: MapCanvasProps) {
  const store = useCounterpointStore();
  const title = useCounterpoint((s) => s.doc.title);
  const { nodes, edges } = useFlowElements();
  const container = useRef<HTMLDivElement>(null);
  const [connect, setConnect] = useState<ConnectRequest | null>(null);
  const { screenToFlowPosition } = useReactFlow();
  const toFlow = (e: { clientX: number; clientY: number }) => screenToFlowPosition({ x: e.clientX, y: e.clientY });
  useCanvasRequests(container);

  const onNodesChange = useCallback(
    (changes: NodeChange<FlowNode>[]) => {
      const state = store.getState();
      const moved: Record<string, XYPosition> = {};
      for (const c of changes) if (c.type === 'position' && c.position) moved[c.id] = c.position;
      if (Object.keys(moved).length > 0) state.moveNodes(moved);
      const nodesNext = applySelectChanges(state.selection.nodes, changes);
      if (nodesNext !== state.selection.nodes) state.select({ nodes: nodesNext });
    },
    [store],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<FlowEdge>[]) => {
      const state = store.getState();
      const edgesNext = applySelectChanges(state.selection.edges, changes);
      if (edgesNext !== state.selection.edges) state.select({ edges: edgesNext });
    },
    [store],
  );

  const onConnectEnd: OnConnectEnd = useCallback((event, state) => {
    if (!state.fromNode || !state.fromHandle) return;
    const client = 'changedTouches' in event ? { x: event.changedTouches[0]!.clientX, y: event.changedTouches[0]!.clientY } : { x: event.clientX, y: event.clientY };
    const under = document.elementFromPoint(client.x, client.y);
    const link = under?.closest('[data-link-id]')?.getAttribute('data-link-id');
    const dropped = state.toNode?.id ?? under?.closest('.react-flow__node')?.getAttribute('data-id') ?? null;
    setConnect({
      start: state.fromNode.id,
      // Dragged from a top grip: the start argues for what it is dropped on. From a bottom grip: the reverse.
      startIsReason: state.fromHandle.type === 'source',
      drop: link ? { link } : dropped && dropped !== state.fromNode.id ? { node: dropped } : { pane: true },
      client,
    });
  }, []);

  return (
    <div className="cp-canvas-frame" ref={container}>
      <Markers />
      <ReactFlow<FlowNode, FlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        onNodesChange={onNodesChange}
        onEdgesChange={onEdgesChange}
        onNodeDragStart={() => store.getState().beginGesture()}
        onNodeDragStop={() => store.getState().endGesture()}
        onSelectionDragStart={() => store.getState().beginGesture()}
        onSelectionDragStop={() => store.getState().endGesture()}
        onConnectEnd={onConnectEnd}
        onNodeDoubleClick={(_, node) => {
          if (INLINE_EDITABLE.has(node.type ?? '')) store.getState().setEditing(node.id);
          else onOpenDetails?.(node.id);
        }}
        onPaneContextMenu={(e) => {
          e.preventDefault();
          onMenu?.({ target: 'pane', client: { x: e.clientX, y: e.clientY }, flow: toFlow(e) });
        }}
        onNodeContextMenu={(e, node) => {
          e.preventDefault();
          if (!store.getState().selection.nodes.includes(node.id)) store.getState().select({ nodes: [node.id], edges: [] });
          onMenu?.({ target: 'node', id: node.id, client: { x: e.clientX, y: e.clientY }, flow: toFlow(e) });
        }}
        onEdgeContextMenu={(e, edge) => {
          e.preventDefault();
          if (!store.getState().selection.edges.includes(edge.id)) store.getState().select({ nodes: [], edges: [edge.id] });
          onMenu?.({ target: 'edge', id: edge.id, client: { x: e.clientX, y: e.clientY }, flow: toFlow(e) });
        }}
        onMoveEnd={(_, viewport) => store.getState().setViewport(viewport)}
        onlyRenderVisibleElements
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        zoomOnDoubleClick={false}
        connectionRadius={36}
        minZoom={0.05}
        maxZoom={2}
        elevateEdgesOnSelect
        proOptions={{ hideAttribution: true }}
        aria-label={`Argument map: ${title}`}
      >
        <Background gap={24} size={1.2} color="#d5d9e0" />
        <Controls aria-label="Zoom controls" showInteractive={false} position="bottom-left" />
        <MiniMap pannable zoomable ariaLabel="Minimap: the whole map, with the visible part framed" nodeColor={minimapColor} nodeStrokeWidth={0} position="bottom-right" />
        <Legend />
      </ReactFlow>
      {connect ? <ConnectMenu request={connect} onClose={() => setConnect(null)} /> : null}
    </div>
  );
}

/** The map on React Flow: nodes and links of the open map, editing, navigation. */
export function MapCanvas(props: MapCanvasProps) {
  return (
    <ReactFlowProvider>
      <Canvas {...props} />
    </ReactFlowProvider>
  );
}
