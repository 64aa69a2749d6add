import { temporal } from 'zundo';
import { createStore } from 'zustand/vanilla';
import { documentSlice } from './slices/document';
import { liveSlice } from './slices/live';
import { persistenceSlice } from './slices/persistence';
import { viewSlice } from './slices/view';
import type { CounterpointState, CounterpointStore, OpenedMap, TrackedState } from './types';

/** Undo keeps at least this many steps (the issue asks for 200). */
export const UNDO_LIMIT = 500;

/**
 * Makes one Counterpoint store: the document (undoable), the view and the persistence
 * status. Each app (and each test) makes its own and hands it down through
 * `CounterpointProvider`, as React Flow does with its store.
 */
export function createCounterpointStore(initial?: OpenedMap): CounterpointStore {
  const store = createStore<CounterpointState>()(
    temporal(
      (set, get, api) => ({
        ...documentSlice(set, get, () => (api as unknown as CounterpointStore).temporal),
        ...viewSlice(set, get),
        ...persistenceSlice(set),
        ...liveSlice(set),
      }),
      {
        partialize: (state): TrackedState => ({ doc: state.doc }),
        // Only a new document is a step; selection, filters and viewport changes are not.
        equality: (past, current) => past.doc === current.doc,
        limit: UNDO_LIMIT,
      },
    ),
  ) as unknown as CounterpointStore;
  if (initial) store.getState().openDocument(initial);
  return store;
}
