import { Handle } from '@xyflow/react';
import { memo } from 'react';
import { nodeHandles } from '../geometry/handles';

/** Handles a user can drag a new link from: top (towards what the node argues for) and bottom (towards its reasons). */
const GRIPS = new Set(['top-source', 'bottom-target']);

/**
 * All eight handles a node declares (see geometry/handles). Two are grips for drawing
 * links; the rest are invisible anchors that edges attach to.
 */
export const NodeHandles = memo(function NodeHandles({ kind }: { kind: string }) {
  return (
    <>
      {nodeHandles(kind).map((h) => {
        const grip = GRIPS.has(h.id!);
        return (
          <Handle
            key={h.id}
            id={h.id!}
            type={h.type}
            position={h.position}
            isConnectable={grip}
            className={grip ? 'cp-handle cp-handle--grip' : 'cp-handle cp-handle--anchor'}
            aria-hidden={grip ? undefined : true}
            title={grip ? 'Drag to another node to link them' : undefined}
          />
        );
      })}
    </>
  );
});
