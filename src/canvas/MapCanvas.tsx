import { Controls, ReactFlow, ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useRef, useState } from 'react';
import { useCounterpoint } from '../store';
import type { FlowEdge, FlowNode } from './adapter';
import { ConnectMenu, type ConnectRequest } from './ConnectMenu';
import { EDGE_TYPES } from './edges/registry';
import { Markers } from './edges/Markers';
import { Legend } from './Legend';
import { LaneLayer } from './lanes/LaneLayer';
import { useLayoutSwitchViewport } from './lanes/useLayoutSwitchViewport';
import { NODE_TYPES } from './nodes/registry';
import { useCanvasHandlers } from './useCanvasHandlers';
import type { MapCanvasProps } from './canvasTypes';

export type { CanvasMenuRequest, MapCanvasProps } from './canvasTypes';
import { useCanvasRequests } from './useCanvasRequests';
import { useFlowElements } from './useFlowElements';
import { CanvasMiniMap } from './CanvasMiniMap';
import { ReadableHint } from './ReadableHint';

const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const PRO_OPTIONS = { hideAttribution: true };

function Canvas(props: MapCanvasProps) {
  const title = useCounterpoint((s) => s.doc.title);
  const lanes = useCounterpoint((s) => s.layoutMode === 'lanes');
  const { nodes, edges } = useFlowElements();
  const container = useRef<HTMLDivElement>(null);
  const [connect, setConnect] = useState<ConnectRequest | null>(null);
  const handlers = useCanvasHandlers(props, setConnect);
  // The hint belongs to the open (and the view) it was given for: another map, or any fit, ends it.
  const openSerial = useCounterpoint((s) => s.openSerial);
  const fitSerial = useCounterpoint((s) => s.fitSerial);
  const [hint, setHint] = useState<{ open: number; fit: number } | null>(null);
  useCanvasRequests(container, (open) => setHint({ open, fit: fitSerial }));
  useLayoutSwitchViewport();

  return (
    <div className={`cp-canvas-frame${lanes ? ' cp-canvas-frame--lanes' : ''}`} ref={container}>
      <Markers />
      <ReactFlow<FlowNode, FlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        {...handlers}
        onlyRenderVisibleElements
        deleteKeyCode={null}
        selectionKeyCode="Shift"
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        zoomOnDoubleClick={false}
        connectionRadius={36}
        minZoom={0.05}
        maxZoom={2}
        proOptions={PRO_OPTIONS}
        aria-label={`Argument map: ${title}`}
      >
        {/* No dotted background: on a large map its repaint was a measurable share of every pan frame. */}
        <Controls aria-label="Zoom controls" showInteractive={false} position="bottom-left" />
        <CanvasMiniMap nodes={nodes} />
        <Legend />
        <LaneLayer />
        {hint && hint.open === openSerial && hint.fit === fitSerial ? <ReadableHint onDismiss={() => setHint(null)} /> : null}
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
