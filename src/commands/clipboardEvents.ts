import { useEffect } from 'react';
import { MAP_IMPORTERS } from '../formats/registry';
import { fragmentFromText } from '../store/document/fragmentText';

/** Text another map format's importer recognises (a Counterpoint map, Argdown, AIF). */
const isMapInAnotherFormat = (text: string) => text.trim().length > 0 && MAP_IMPORTERS.some((i) => i.detect(text));
import { isTextEntry } from './keys';
import { copySelection, pasteAt } from './core/edit';
import { markSystemClipboard, systemHoldsOurs } from './systemClipboard';
import type { CommandContext } from './types';

/**
 * Copy, cut and paste of nodes through the system clipboard, so nodes move between tabs,
 * browsers and maps. The events carry the clipboard without asking the user's permission.
 * Text fields, the reader's text, the outline, dialogs and menus keep the browser's own
 * copy and paste; so does any text the user has selected on the page.
 */
export function useClipboardEvents(ctx: CommandContext): void {
  useEffect(() => {
    const forNodes = (e: ClipboardEvent) => {
      if (e.defaultPrevented || ctx.store.getState().view !== 'map') return false;
      const target = e.target as HTMLElement | null;
      if (isTextEntry(target) || target?.closest?.('[data-own-keys], [aria-modal="true"], .cp-menu')) return false;
      return true;
    };
    const hasTextSelection = () => {
      const selection = document.getSelection();
      return !!selection && !selection.isCollapsed && selection.toString().trim() !== '';
    };

    const onCopy = (e: ClipboardEvent, cut: boolean) => {
      if (!forNodes(e) || hasTextSelection()) return;
      const text = copySelection(ctx);
      if (text === null) return;
      e.preventDefault();
      e.clipboardData?.setData('text/plain', text);
      markSystemClipboard(!!e.clipboardData);
      if (cut) {
        const { selection, removeElements } = ctx.store.getState();
        removeElements({ nodes: selection.nodes, edges: selection.edges });
      }
    };
    const copy = (e: ClipboardEvent) => onCopy(e, false);
    const cut = (e: ClipboardEvent) => onCopy(e, true);
    const paste = (e: ClipboardEvent) => {
      if (!forNodes(e)) return;
      const pasted = e.clipboardData?.getData('text/plain') ?? '';
      const read = fragmentFromText(pasted, ctx.session.library.readSource);
      if (read.kind === 'fragment') {
        e.preventDefault();
        pasteAt(ctx, read.fragment);
      } else if (read.kind === 'refused') {
        e.preventDefault();
        ctx.store.getState().notify({ tone: 'error', title: 'The copied nodes could not be pasted', text: 'The open map was not changed.', problems: read.problems });
      } else if (isMapInAnotherFormat(pasted)) {
        // Argdown or AIF pasted on the canvas: a whole map, offered for import (never merged silently).
        e.preventDefault();
        ctx.ui.openDialog({ kind: 'importText', text: pasted });
      } else if (!systemHoldsOurs() && ctx.store.getState().clipboard) {
        // The last copy never reached the system clipboard: paste it from the app's own.
        e.preventDefault();
        pasteAt(ctx);
      }
    };
    document.addEventListener('copy', copy);
    document.addEventListener('cut', cut);
    document.addEventListener('paste', paste);
    return () => {
      document.removeEventListener('copy', copy);
      document.removeEventListener('cut', cut);
      document.removeEventListener('paste', paste);
    };
  }, [ctx]);
}
