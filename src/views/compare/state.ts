import { defineViewState, type CounterpointStore } from '../../store';

export type CompareMode = 'matrix' | 'timeline';

/** The compare view's own state: the positions set side by side, and the part that is open. */
export const compareState = defineViewState<{ readonly positions: readonly string[] | null; readonly mode: CompareMode }>('compare', {
  // Null until the user chooses (a default pair shows).
  positions: null,
  mode: 'matrix',
});

/** Chooses the positions compared, in column order, each once. */
export function setComparePositions(store: CounterpointStore, ids: readonly string[] | null): void {
  compareState.update(store, { positions: ids === null ? null : [...new Set(ids)] });
}

export function setCompareMode(store: CounterpointStore, mode: CompareMode): void {
  compareState.update(store, { mode });
}
