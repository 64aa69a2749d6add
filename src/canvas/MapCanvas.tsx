import { Background, Controls, MiniMap, ReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/style.css';
import { useMemo } from 'react';
import type { ArgumentMap } from '../domain/schema/map';
import { toFlow } from './adapter';
import { NODE_TYPES } from './nodes/registry';

export function MapCanvas({ map }: { map: ArgumentMap }) {
  const { nodes, edges } = useMemo(() => toFlow(map), [map]);
  return (
    <ReactFlow
      nodes={nodes}
      edges={edges}
      nodeTypes={NODE_TYPES}
      fitView
      minZoom={0.1}
      onlyRenderVisibleElements
      proOptions={{ hideAttribution: true }}
      aria-label={`Argument map: ${map.title}`}
    >
      <Background gap={24} />
      <Controls />
      <MiniMap pannable zoomable ariaLabel="Minimap" />
    </ReactFlow>
  );
}
