import { createContext, useContext, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { selectCanRedo, selectCanUndo } from './selectors';
import type { CounterpointState, CounterpointStore } from './types';

const StoreContext = createContext<CounterpointStore | null>(null);

/** Puts a store in context for everything below it (the app, a test harness, a story). */
export function CounterpointProvider({ store, children }: { store: CounterpointStore; children: ReactNode }) {
  return <StoreContext.Provider value={store}>{children}</StoreContext.Provider>;
}

export function useCounterpointStore(): CounterpointStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useCounterpointStore: no CounterpointProvider above this component');
  return store;
}

/** Subscribes to one slice of the state; re-renders when the selected value changes (by identity). */
export function useCounterpoint<T>(selector: (state: CounterpointState) => T): T {
  return useStore(useCounterpointStore(), selector);
}

/** As `useCounterpoint`, for selectors that build a new array or object: compared shallowly. */
export function useCounterpointShallow<T>(selector: (state: CounterpointState) => T): T {
  return useStore(useCounterpointStore(), useShallow(selector));
}

/** Whether undo and redo have anything to do. */
export function useHistoryState(): { canUndo: boolean; canRedo: boolean } {
  const store = useCounterpointStore();
  const canUndo = useStore(store.temporal, selectCanUndo);
  const canRedo = useStore(store.temporal, selectCanRedo);
  // A live map undoes through its own history (this user's edits only).
  const live = useStore(store, (s) => s.historyOverride);
  return live ? { canUndo: live.canUndo, canRedo: live.canRedo } : { canUndo, canRedo };
}
