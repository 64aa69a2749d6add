import { useReactFlow, useStore } from '@xyflow/react';
import { useCallback, useEffect, useState, type CSSProperties, type PointerEvent } from 'react';
import { useCommandContext } from '../commands/CommandsProvider';
import type { PeerCursor } from '../store';

const transformOf = (s: { transform: [number, number, number] }) => s.transform;

/**
 * Where the others in a shared map point: an arrow in their colour with their name, over the
 * cards, at the same size on screen whatever the zoom. Nothing outside a room.
 */
export function PeerCursors() {
  const { session } = useCommandContext();
  const [cursors, setCursors] = useState<readonly PeerCursor[]>([]);
  useEffect(() => session.live?.subscribeCursors(setCursors), [session]);
  return cursors.length ? <CursorLayer cursors={cursors} /> : null;
}

/** Follows the view only while someone points: alone, a pan costs nothing here. */
function CursorLayer({ cursors }: { readonly cursors: readonly PeerCursor[] }) {
  const [tx, ty, zoom] = useStore(transformOf);
  return (
    <div className="cp-peer-cursors" aria-hidden="true">
      {cursors.map((c) => (
        <div key={c.clientId} className="cp-peer-cursor" data-peer-cursor={c.name} style={{ transform: `translate(${c.x * zoom + tx}px, ${c.y * zoom + ty}px)`, '--cp-peer': c.color } as CSSProperties}>
          <svg width="16" height="20" viewBox="0 0 16 20">
            <path d="M1 1 L1 16 L5 12 L8 19 L11 18 L8 11 L14 11 Z" />
          </svg>
          <span>{c.name}</span>
        </div>
      ))}
    </div>
  );
}

/** Pointer handlers for the canvas's frame that tell the room where this user points on the map. */
export function useShareCursor(): { onPointerMove: (e: PointerEvent) => void; onPointerLeave: () => void } {
  const { session } = useCommandContext();
  const { screenToFlowPosition } = useReactFlow();
  const live = session.live;
  const onPointerMove = useCallback(
    (e: PointerEvent) => {
      if (live?.inRoom) live.moveCursor(screenToFlowPosition({ x: e.clientX, y: e.clientY }, { snapToGrid: false }));
    },
    [live, screenToFlowPosition],
  );
  const onPointerLeave = useCallback(() => live?.moveCursor(null), [live]);
  return { onPointerMove, onPointerLeave };
}
