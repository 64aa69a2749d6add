import type { XYPosition } from '@xyflow/react';

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
