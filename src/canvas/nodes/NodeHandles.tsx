import { Handle } from '@xyflow/react';
import { memo } from 'react';
import { nodeHandles } from '../geometry/handles';

/** Handles a user can drag a new link from: top (towards what the node argues for) and bottom (towards its reasons). */
const GRIPS = new Set(['top-source', 'bottom-target']);

/**
 * A node's handles (see geometry/handles). Two are grips for drawing links, React Flow
 * Handle components. The six others are only anchors that edges attach to: React Flow
 * reads them from the flow node's `handles`, so they are drawn as plain elements carrying
 * the same classes and data (in case React Flow ever measures the node), without the store
 * subscriptions a Handle component makes. On a large map that is six fewer per node per frame.
 */
export const NodeHandles = memo(function NodeHandles({ kind, nodeId }: { kind: string; nodeId: string }) {
  return (
    <>
      {nodeHandles(kind).map((h) =>
        GRIPS.has(h.id!) ? (
          <Handle key={h.id} id={h.id!} type={h.type} position={h.position} className="cp-handle cp-handle--grip" title="Drag to another node to link them" />
        ) : (
          <div
            key={h.id}
            className={`react-flow__handle react-flow__handle-${h.position} ${h.type} cp-handle cp-handle--anchor`}
            data-handleid={h.id}
            data-nodeid={nodeId}
            data-handlepos={h.position}
            data-id={`${nodeId}-${h.id}-${h.type}`}
            aria-hidden="true"
          />
        ),
      )}
    </>
  );
});
