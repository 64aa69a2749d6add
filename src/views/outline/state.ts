import { defineViewState, type CounterpointStore } from '../../store';

/** The outline view's own state: the claim the outline is built from (null until chosen; the view then picks a default). */
export const outlineState = defineViewState<{ readonly thesis: string | null }>('outline', { thesis: null });

export function setOutlineThesis(store: CounterpointStore, thesis: string | null): void {
  outlineState.update(store, { thesis });
}
