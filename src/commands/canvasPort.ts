import { createContext, useContext } from 'react';
import type { CanvasPort } from './types';

export function createCanvasPort(): CanvasPort {
  return { current: null };
}

/** The canvas fills the port in while it is mounted (see CanvasApi). */
export const CanvasPortContext = createContext<CanvasPort>(createCanvasPort());

export const useCanvasPort = () => useContext(CanvasPortContext);
