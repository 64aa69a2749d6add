import type { CounterpointStore, PersistenceSlice } from '../types';

type Set = CounterpointStore['setState'];

/** The persistence slice: what the autosaver last did, for the toolbar's save indicator. */
export function persistenceSlice(set: Set): PersistenceSlice {
  return {
    catalogue: [],
    setCatalogue: (catalogue) => set({ catalogue }),
    saveStatus: 'idle',
    savedAt: null,
    saveError: null,
    setSaveStatus(status, detail = {}) {
      set({
        saveStatus: status,
        ...(detail.savedAt !== undefined ? { savedAt: detail.savedAt } : {}),
        saveError: status === 'error' ? (detail.error ?? 'unknown error') : null,
      });
    },
  };
}
