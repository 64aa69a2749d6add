import { useStore } from '@xyflow/react';
import { createContext, useContext, useRef } from 'react';
import { levelFor, type DetailLevel } from './level';

const zoomOf = (s: { transform: [number, number, number] }) => s.transform[2];

/** The level of detail at React Flow's zoom; re-renders on zoom only (a pan keeps the zoom). */
export function useDetailLevel(): DetailLevel {
  const zoom = useStore(zoomOf);
  const last = useRef<DetailLevel | undefined>(undefined);
  last.current = levelFor(zoom, last.current);
  return last.current;
}

/** What folded into each claim or objection at the middle level; the cards read it. */
export interface LevelInfo {
  readonly level: DetailLevel;
  readonly folded: ReadonlyMap<string, { passages: number; works: number; notes: number }>;
}
export const LevelContext = createContext<LevelInfo>({ level: 'close', folded: new Map() });
export const useLevelInfo = () => useContext(LevelContext);
