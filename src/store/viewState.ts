import type { CounterpointState, CounterpointStore } from './types';

/** A view's own state, kept in the store under the view's id; see `defineViewState`. */
export interface ViewState<T extends object> {
  readonly viewId: string;
  /** A selector: the view's state, the same object until it changes. */
  readonly select: (state: CounterpointState) => T;
  /** Merges a change into the view's state. */
  update(store: CounterpointStore, patch: Partial<T>): void;
}

/**
 * Declares a view's state: the view module owns its shape and its defaults, the store
 * only keeps it (so it lives and dies with the store, and the address bar can follow it).
 */
export function defineViewState<T extends object>(viewId: string, initial: T): ViewState<T> {
  const select = (state: CounterpointState) => (state.viewStates[viewId] as T | undefined) ?? initial;
  return {
    viewId,
    select,
    update(store, patch) {
      const current = select(store.getState());
      if (Object.entries(patch).every(([k, v]) => current[k as keyof T] === v)) return;
      store.getState().setViewState(viewId, { ...current, ...patch });
    },
  };
}
