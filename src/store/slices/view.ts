import { NO_FILTERS } from '../view/visibility';
import type { CounterpointStore, ViewSlice } from '../types';

type Set = CounterpointStore['setState'];
type Get = CounterpointStore['getState'];

export const DEFAULT_SIDE_PANEL = { tab: 'details', width: 360, open: true } as const;
export const SIDE_PANEL_WIDTH = { min: 260, max: 720 } as const;

/** The view slice: what the user looks at. None of it is part of the map, and undo never touches it. */
export function viewSlice(set: Set, get: Get): ViewSlice {
  return {
    view: 'map',
    selection: { nodes: [], edges: [] },
    filters: NO_FILTERS,
    collapsed: [],
    focusHops: null,
    viewport: null,
    editing: null,
    editingFresh: false,
    sidePanel: DEFAULT_SIDE_PANEL,
    reveal: null,
    fitSerial: 0,
    clipboard: null,
    notice: null,
    layoutMode: 'free',
    viewStates: {},

    setView: (view) => set({ view }),
    select(selection) {
      const current = get().selection;
      const next = { nodes: selection.nodes ?? current.nodes, edges: selection.edges ?? current.edges };
      if (sameList(next.nodes, current.nodes) && sameList(next.edges, current.edges)) return;
      set({ selection: next });
    },
    selectNode(id, options = {}) {
      const current = get().selection;
      const nodes = options.additive ? (current.nodes.includes(id) ? current.nodes.filter((n) => n !== id) : [...current.nodes, id]) : [id];
      set({
        selection: { nodes, edges: options.additive ? current.edges : [] },
        ...(options.reveal ? { reveal: { nodeId: id, serial: (get().reveal?.serial ?? 0) + 1 } } : {}),
      });
    },
    clearSelection: () => get().select({ nodes: [], edges: [] }),
    setFilters: (filters) => set({ filters: { ...get().filters, ...filters } }),
    resetFilters: () => set({ filters: NO_FILTERS }),
    toggleCollapsed(id) {
      const { collapsed } = get();
      set({ collapsed: collapsed.includes(id) ? collapsed.filter((c) => c !== id) : [...collapsed, id] });
    },
    setFocusHops: (focusHops) => set({ focusHops: focusHops === null ? null : Math.max(1, Math.min(5, Math.round(focusHops))) }),
    setViewport: (viewport) => set({ viewport }),
    setEditing: (editing, options = {}) => set({ editing, editingFresh: editing !== null && (options.fresh ?? false) }),
    setSidePanel(panel) {
      const next = { ...get().sidePanel, ...panel };
      next.width = Math.max(SIDE_PANEL_WIDTH.min, Math.min(SIDE_PANEL_WIDTH.max, Math.round(next.width)));
      set({ sidePanel: next });
    },
    revealNode: (nodeId) => set({ reveal: { nodeId, serial: (get().reveal?.serial ?? 0) + 1 } }),
    requestFit: () => set({ fitSerial: get().fitSerial + 1 }),
    setClipboard: (clipboard) => set({ clipboard }),
    notify: (notice) => set({ notice }),
    setLayoutMode: (layoutMode) => set({ layoutMode }),
    setViewState: (viewId, state) => set({ viewStates: { ...get().viewStates, [viewId]: state } }),
  };
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
