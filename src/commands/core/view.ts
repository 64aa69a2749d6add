import { filtersActive, selectPrimaryNodeId } from '../../store';
import { hasSelection, onMapView, primaryNode } from '../helpers';
import type { Command } from '../types';

export const VIEW_COMMANDS: readonly Command[] = [
  {
    id: 'view.search',
    label: 'Search and commands…',
    group: 'view',
    shortcut: ['Mod+K'],
    keyScope: { inTextFields: true, inOwnKeys: true },
    keywords: 'find jump palette go to',
    perform: (ctx) => ctx.ui.openPalette(),
  },
  {
    id: 'view.fit',
    label: 'Fit the map in view',
    group: 'view',
    shortcut: ['Shift+1'],
    keywords: 'zoom whole all',
    enabled: onMapView,
    perform: (ctx) => ctx.store.getState().requestFit(),
  },
  {
    id: 'view.fitSelection',
    label: 'Zoom to the selection',
    group: 'view',
    shortcut: ['Shift+2'],
    enabled: (ctx) => onMapView(ctx) && ctx.store.getState().selection.nodes.length > 0,
    perform: (ctx) => ctx.canvas.current?.fitView(ctx.store.getState().selection.nodes),
  },
  {
    id: 'view.focus',
    label: 'Focus mode',
    group: 'view',
    shortcut: ['F'],
    keywords: 'dim neighbours highlight',
    enabled: (ctx) => ctx.store.getState().focusHops !== null || selectPrimaryNodeId(ctx.store.getState()) !== null,
    checked: (ctx) => ctx.store.getState().focusHops !== null,
    perform(ctx) {
      const s = ctx.store.getState();
      s.setFocusHops(s.focusHops === null ? 1 : null);
    },
  },
  {
    id: 'view.focusWider',
    label: 'Focus: one hop wider',
    group: 'view',
    shortcut: ['Shift+F'],
    enabled: (ctx) => ctx.store.getState().focusHops !== null,
    perform(ctx) {
      const s = ctx.store.getState();
      s.setFocusHops((s.focusHops ?? 0) + 1);
    },
  },
  {
    id: 'view.focusNarrower',
    label: 'Focus: one hop narrower',
    group: 'view',
    shortcut: ['Alt+F'],
    enabled: (ctx) => (ctx.store.getState().focusHops ?? 0) > 1,
    perform(ctx) {
      const s = ctx.store.getState();
      s.setFocusHops((s.focusHops ?? 2) - 1);
    },
  },
  {
    id: 'view.collapse',
    label: 'Collapse or expand the selected node',
    group: 'view',
    shortcut: ['Alt+C'],
    keywords: 'fold hide children subtree',
    enabled: (ctx) => !!primaryNode(ctx),
    perform(ctx) {
      const id = selectPrimaryNodeId(ctx.store.getState());
      if (id) ctx.store.getState().toggleCollapsed(id);
    },
  },
  {
    id: 'view.expandAll',
    label: 'Expand everything',
    group: 'view',
    enabled: (ctx) => ctx.store.getState().collapsed.length > 0,
    perform: (ctx) => ctx.store.setState({ collapsed: [] }),
  },
  {
    id: 'view.filters',
    label: 'Filters…',
    group: 'view',
    keywords: 'hide show kind position stance relation',
    perform: (ctx) => ctx.ui.openDialog({ kind: 'filters' }),
  },
  {
    id: 'view.clearFilters',
    label: 'Show everything (clear filters)',
    group: 'view',
    enabled: (ctx) => filtersActive(ctx.store.getState().filters),
    perform: (ctx) => ctx.store.getState().resetFilters(),
  },
  {
    id: 'view.clearSelection',
    label: 'Clear the selection',
    group: 'view',
    shortcut: ['Escape'],
    enabled: (ctx) => hasSelection(ctx) || ctx.store.getState().focusHops !== null,
    perform(ctx) {
      const s = ctx.store.getState();
      if (s.focusHops !== null) s.setFocusHops(null);
      else s.clearSelection();
    },
  },
  {
    id: 'view.shortcuts',
    label: 'Keyboard shortcuts',
    group: 'view',
    shortcut: ['Shift+?'],
    keyScope: { inOwnKeys: true },
    keywords: 'help keys',
    perform: (ctx) => ctx.ui.openDialog({ kind: 'shortcuts' }),
  },
];
