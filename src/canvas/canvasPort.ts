import type { XYPosition } from '@xyflow/react';
import { createContext, useContext } from 'react';

/**
 * What commands may ask of the canvas without importing React Flow: where the view is
 * centred, how a screen point maps to the map, and fitting the view. The canvas fills
 * the port in while it is mounted; commands see null when the map view is closed.
 */
export interface CanvasApi {
  /** The map point at the centre of the visible canvas. */
  viewportCenter(): XYPosition;
  /** The part of the map the canvas shows, in map coordinates. */
  visibleArea(): { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
  screenToFlow(point: XYPosition): XYPosition;
  fitView(nodeIds?: readonly string[]): void;
}

export interface CanvasPort {
  current: CanvasApi | null;
}

export function createCanvasPort(): CanvasPort {
  return { current: null };
}

export const CanvasPortContext = createContext<CanvasPort>(createCanvasPort());

export const useCanvasPort = () => useContext(CanvasPortContext);
