import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/** A text selection in the reader, as UTF-16 offsets into its source's text. */
export interface ReaderSelection {
  readonly sourceId: string;
  readonly unitStart: number;
  readonly unitEnd: number;
}

export interface ReaderState {
  /** The source the reader shows, per map, so coming back to a map finds its source again. */
  readonly sourceByMap: Readonly<Record<string, string>>;
  readonly query: string;
  /** The search hit the reader has scrolled to (an index into the hits). */
  readonly hitIndex: number;
  readonly selection: ReaderSelection | null;
  /** Bumped to ask the search field for the keyboard. */
  readonly searchFocus: number;
  /** A request to bring a paragraph into view; `serial` makes repeated requests distinct. */
  readonly jump: { readonly paragraph: number; readonly serial: number } | null;

  setSource(mapKey: string, sourceId: string): void;
  setQuery(query: string): void;
  setHitIndex(index: number): void;
  setSelection(selection: ReaderSelection | null): void;
  focusSearch(query?: string): void;
  jumpTo(paragraph: number): void;
}

/**
 * What the reader is doing, kept outside React so it survives switching side-panel tabs and
 * so commands (the "Create passage" shortcut, "Find in source") can read and drive it.
 * None of it is part of the map.
 */
export const readerStore = createStore<ReaderState>()((set, get) => ({
  sourceByMap: {},
  query: '',
  hitIndex: 0,
  selection: null,
  searchFocus: 0,
  jump: null,

  setSource: (mapKey, sourceId) => set({ sourceByMap: { ...get().sourceByMap, [mapKey]: sourceId }, hitIndex: 0, selection: null }),
  setQuery: (query) => set({ query, hitIndex: 0 }),
  setHitIndex: (hitIndex) => set({ hitIndex }),
  setSelection(selection) {
    const current = get().selection;
    if (current === selection) return;
    if (current && selection && current.sourceId === selection.sourceId && current.unitStart === selection.unitStart && current.unitEnd === selection.unitEnd) return;
    set({ selection });
  },
  focusSearch: (query) => set({ searchFocus: get().searchFocus + 1, ...(query !== undefined ? { query, hitIndex: 0 } : {}) }),
  jumpTo: (paragraph) => set({ jump: { paragraph, serial: (get().jump?.serial ?? 0) + 1 } }),
}));

export function useReader<T>(selector: (state: ReaderState) => T): T {
  return useStore(readerStore, selector);
}
