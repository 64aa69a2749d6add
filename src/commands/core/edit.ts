import { kindDefinition } from '../../domain/kinds';
import { copyFragment, fragmentToText, selectPrimaryNodeId } from '../../store';
import { markSystemClipboard } from '../systemClipboard';
import { hasSelection, onMapView, primaryNode, viewCenter } from '../helpers';
import type { Command, CommandContext } from '../types';

/** Ctrl+C, Ctrl+X and Ctrl+V are left to the browser, whose copy, cut and paste events carry the system clipboard (clipboardEvents.ts). */
const BY_CLIPBOARD_EVENT = () => false;

/**
 * Copies the selected nodes to the app's clipboard and returns them as clipboard text; the
 * copy and cut events put that text on the system clipboard (clipboardEvents.ts), the menu
 * commands try to.
 */
export function copySelection(ctx: CommandContext): string | null {
  const s = ctx.store.getState();
  if (s.selection.nodes.length === 0) return null;
  const fragment = copyFragment(s.doc, s.selection.nodes, s.sourceTexts);
  s.setClipboard(fragment);
  return fragmentToText(fragment);
}

/** From a menu or the palette there is no copy event: write to the system clipboard if the browser lets us. */
function offerToSystem(text: string | null): void {
  if (text === null || typeof navigator === 'undefined' || !navigator.clipboard) return;
  void navigator.clipboard.writeText(text).then(
    () => markSystemClipboard(true),
    () => markSystemClipboard(false),
  );
}

export function pasteAt(ctx: CommandContext, fragment = ctx.store.getState().clipboard, offset?: { x: number; y: number }) {
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
    keyScope: { inOwnKeys: true },
    enabled: (ctx) => ctx.store.getState().historyOverride?.canUndo ?? ctx.store.temporal.getState().pastStates.length > 0,
    perform: (ctx) => ctx.store.getState().undo(),
  },
  {
    id: 'edit.redo',
    label: 'Redo',
    group: 'edit',
    shortcut: ['Mod+Shift+Z', 'Mod+Y'],
    keyScope: { inOwnKeys: true },
    enabled: (ctx) => ctx.store.getState().historyOverride?.canRedo ?? ctx.store.temporal.getState().futureStates.length > 0,
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
    // Enter on a node that is not selected yet selects it (React Flow does that); a second Enter edits.
    keyTest: (e) => !(e.target instanceof HTMLElement && e.target.classList.contains('react-flow__node') && !e.target.classList.contains('selected')),
    enabled: (ctx) => {
      const node = primaryNode(ctx);
      return onMapView(ctx) && !!node && kindDefinition(node.kind).inlineEditable;
    },
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
    keyTest: BY_CLIPBOARD_EVENT,
    enabled: (ctx) => ctx.store.getState().selection.nodes.length > 0,
    perform: (ctx) => offerToSystem(copySelection(ctx)),
  },
  {
    id: 'edit.cut',
    label: 'Cut',
    group: 'edit',
    shortcut: ['Mod+X'],
    keyTest: BY_CLIPBOARD_EVENT,
    enabled: (ctx) => ctx.store.getState().selection.nodes.length > 0,
    perform(ctx) {
      const text = copySelection(ctx);
      if (text === null) return;
      offerToSystem(text);
      const { selection, removeElements } = ctx.store.getState();
      removeElements({ nodes: selection.nodes, edges: selection.edges });
    },
  },
  {
    id: 'edit.paste',
    label: 'Paste',
    group: 'edit',
    shortcut: ['Mod+V'],
    keyTest: BY_CLIPBOARD_EVENT,
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
