import { copyFragment, selectPrimaryNodeId } from '../../store';
import { hasSelection, onMapView, primaryNode, viewCenter } from './helpers';
import type { Command, CommandContext } from './types';

const INLINE = new Set(['claim', 'objection', 'note']);

function copySelection(ctx: CommandContext): boolean {
  const s = ctx.store.getState();
  if (s.selection.nodes.length === 0) return false;
  s.setClipboard(copyFragment(s.doc, s.selection.nodes, s.sourceTexts));
  return true;
}

function pasteAt(ctx: CommandContext, fragment = ctx.store.getState().clipboard, offset?: { x: number; y: number }) {
  const s = ctx.store.getState();
  if (!fragment || fragment.nodes.length === 0) return;
  const corner = {
    x: Math.min(...Object.values(fragment.layout).map((p) => p.x)),
    y: Math.min(...Object.values(fragment.layout).map((p) => p.y)),
  };
  const at = offset ? { x: corner.x + offset.x, y: corner.y + offset.y } : viewCenter(ctx);
  const pasted = s.paste(fragment, at);
  if (pasted.ok) s.select({ nodes: pasted.value.nodeIds, edges: pasted.value.edgeIds });
  else s.notify({ tone: 'error', text: pasted.message });
}

export const EDIT_COMMANDS: readonly Command[] = [
  {
    id: 'edit.undo',
    label: 'Undo',
    group: 'edit',
    shortcut: ['Mod+Z'],
    enabled: (ctx) => ctx.store.temporal.getState().pastStates.length > 0,
    perform: (ctx) => ctx.store.getState().undo(),
  },
  {
    id: 'edit.redo',
    label: 'Redo',
    group: 'edit',
    shortcut: ['Mod+Shift+Z', 'Mod+Y'],
    enabled: (ctx) => ctx.store.temporal.getState().futureStates.length > 0,
    perform: (ctx) => ctx.store.getState().redo(),
  },
  {
    id: 'edit.delete',
    label: 'Delete',
    group: 'edit',
    shortcut: ['Delete', 'Backspace'],
    keywords: 'remove',
    enabled: hasSelection,
    perform(ctx) {
      const { selection, removeElements } = ctx.store.getState();
      removeElements({ nodes: selection.nodes, edges: selection.edges });
    },
  },
  {
    id: 'edit.text',
    label: 'Edit text',
    group: 'edit',
    shortcut: ['Enter', 'F2'],
    keywords: 'rename type write',
    enabled: (ctx) => onMapView(ctx) && INLINE.has(primaryNode(ctx)?.kind ?? ''),
    perform(ctx) {
      const id = selectPrimaryNodeId(ctx.store.getState());
      if (id) ctx.store.getState().setEditing(id);
    },
  },
  {
    id: 'edit.copy',
    label: 'Copy',
    group: 'edit',
    shortcut: ['Mod+C'],
    enabled: (ctx) => ctx.store.getState().selection.nodes.length > 0,
    perform: (ctx) => void copySelection(ctx),
  },
  {
    id: 'edit.cut',
    label: 'Cut',
    group: 'edit',
    shortcut: ['Mod+X'],
    enabled: (ctx) => ctx.store.getState().selection.nodes.length > 0,
    perform(ctx) {
      if (!copySelection(ctx)) return;
      const { selection, removeElements } = ctx.store.getState();
      removeElements({ nodes: selection.nodes, edges: selection.edges });
    },
  },
  {
    id: 'edit.paste',
    label: 'Paste',
    group: 'edit',
    shortcut: ['Mod+V'],
    enabled: (ctx) => (ctx.store.getState().clipboard?.nodes.length ?? 0) > 0,
    perform: (ctx) => pasteAt(ctx),
  },
  {
    id: 'edit.duplicate',
    label: 'Duplicate',
    group: 'edit',
    shortcut: ['Mod+D'],
    keywords: 'copy clone',
    enabled: (ctx) => ctx.store.getState().selection.nodes.length > 0,
    perform(ctx) {
      const s = ctx.store.getState();
      pasteAt(ctx, copyFragment(s.doc, s.selection.nodes, s.sourceTexts), { x: 40, y: 40 });
    },
  },
  {
    id: 'edit.selectAll',
    label: 'Select all',
    group: 'edit',
    shortcut: ['Mod+A'],
    perform(ctx) {
      const { doc, select } = ctx.store.getState();
      select({ nodes: doc.nodes.map((n) => n.id), edges: doc.edges.map((e) => e.id) });
    },
  },
];
