import { ReactFlow, ReactFlowProvider, useReactFlow, type Edge, type Node } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';

/**
 * The baseline the editor is measured against: plain React Flow, default nodes and edges,
 * `onlyRenderVisibleElements`, showing the same graph at the same places and zoom.
 */
declare global {
  interface Window {
    __benchGraph?: { nodes: Node[]; edges: Edge[]; view: { x: number; y: number; zoom: number; width: number; height: number } };
    __benchReady?: boolean;
  }
}

function Centre() {
  const flow = useReactFlow();
  useEffect(() => {
    const { view } = window.__benchGraph!;
    void flow.setViewport({ x: view.x, y: view.y, zoom: view.zoom }).then(() => {
      requestAnimationFrame(() => {
        window.__benchReady = true;
      });
    });
  }, [flow]);
  return null;
}

function Bare() {
  const { nodes, edges, view } = window.__benchGraph!;
  return (
    <div style={{ width: view.width, height: view.height }}>
      <ReactFlow defaultNodes={nodes} defaultEdges={edges} onlyRenderVisibleElements minZoom={0.05} proOptions={{ hideAttribution: true }}>
        <Centre />
      </ReactFlow>
    </div>
  );
}

createRoot(document.getElementById('root')!).render(
  <ReactFlowProvider>
    <Bare />
  </ReactFlowProvider>,
);
