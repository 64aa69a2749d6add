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
    storageFault: null,
    setSaveStatus(status, detail = {}) {
      set((s) => ({
        // The banner stays through "pending" and "saving" and goes only when a save succeeds.
        storageFault: status === 'error' ? (detail.error ?? 'unknown error') : status === 'saved' ? null : s.storageFault,
        saveStatus: status,
        ...(detail.savedAt !== undefined ? { savedAt: detail.savedAt } : {}),
        saveError: status === 'error' ? (detail.error ?? 'unknown error') : null,
      }));
    },
  };
}
