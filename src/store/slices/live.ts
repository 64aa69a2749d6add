import type { CounterpointStore, LiveInfo, LiveSlice } from '../types';

type Set = CounterpointStore['setState'];

export const ALONE: LiveInfo = { mode: 'alone', tabs: 0, room: null, self: null, peers: [] };

/** The live slice: who else has the open map (other tabs, a room's people) and the room's state. Never undone. */
export function liveSlice(set: Set): LiveSlice {
  return {
    live: ALONE,
    setLive: (live) => set((s) => ({ live: { ...s.live, ...live } })),
  };
}
