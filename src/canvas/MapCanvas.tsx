import { Controls, ReactFlow, ReactFlowProvider } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useMemo, useRef, useState } from 'react';
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
import { LevelContext, useDetailLevel } from './levels/useDetailLevel';
import { foldFlow } from './levels/foldFlow';
import { farScene, foldedCounts } from './levels/farScene';
import { FarLayer } from './levels/FarLayer';
import { useFarClick } from './levels/useFarClick';
import { PeerCursors, useShareCursor } from './PeerCursors';

const MULTI_SELECT_KEYS = ['Shift', 'Meta', 'Control'];
const PRO_OPTIONS = { hideAttribution: true };

function Canvas(props: MapCanvasProps) {
  const title = useCounterpoint((s) => s.doc.title);
  const lanes = useCounterpoint((s) => s.layoutMode === 'lanes');
  const doc = useCounterpoint((s) => s.doc);
  const { nodes: allNodes, edges: allEdges } = useFlowElements();
  const level = useDetailLevel();
  const { nodes, edges } = useMemo(() => foldFlow(allNodes, allEdges, level), [allNodes, allEdges, level]);
  const scene = useMemo(() => {
    if (level !== 'far') return null;
    const at = new Map(allNodes.filter((n) => !n.hidden).map((n) => [n.id, n.position]));
    return farScene(doc, (id) => at.get(id));
  }, [level, doc, allNodes]);
  const levelInfo = useMemo(() => ({ level, folded: level === 'middle' ? foldedCounts(doc) : new Map() }), [level, doc]);
  const onPaneClick = useFarClick(scene);
  const container = useRef<HTMLDivElement>(null);
  const [connect, setConnect] = useState<ConnectRequest | null>(null);
  const handlers = useCanvasHandlers(props, setConnect);
  const shareCursor = useShareCursor();
  // The hint belongs to the open (and the view) it was given for: another map, or any fit, ends it.
  const openSerial = useCounterpoint((s) => s.openSerial);
  const fitSerial = useCounterpoint((s) => s.fitSerial);
  const [hint, setHint] = useState<{ open: number; fit: number } | null>(null);
  useCanvasRequests(container, (open) => setHint({ open, fit: fitSerial }));
  useLayoutSwitchViewport();

  return (
    <LevelContext.Provider value={levelInfo}>
    <div className={`cp-canvas-frame cp-canvas-frame--${level}${lanes ? ' cp-canvas-frame--lanes' : ''}`} ref={container} data-detail-level={level} {...shareCursor}>
      <Markers />
      <ReactFlow<FlowNode, FlowEdge>
        nodes={nodes}
        edges={edges}
        nodeTypes={NODE_TYPES}
        edgeTypes={EDGE_TYPES}
        {...handlers}
        onPaneClick={onPaneClick}
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
        {scene ? <FarLayer scene={scene} /> : null}
        <CanvasMiniMap nodes={allNodes} />
        <Legend />
        <LaneLayer />
        <PeerCursors />
        {hint && hint.open === openSerial && hint.fit === fitSerial ? <ReadableHint onDismiss={() => setHint(null)} /> : null}
      </ReactFlow>
      {connect ? <ConnectMenu request={connect} onClose={() => setConnect(null)} /> : null}
    </div>
    </LevelContext.Provider>
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
