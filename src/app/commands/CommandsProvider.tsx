import { createContext, useCallback, useContext, useEffect, useSyncExternalStore, type ReactNode } from 'react';
import { allCommands, command, isEnabled, run } from './registry';
import { isTextEntry, matches } from './keys';
import { BY_CLIPBOARD_EVENTS, useClipboardEvents } from './clipboardEvents';
import type { CommandContext } from './types';

const Context = createContext<CommandContext | null>(null);

/**
 * A DOM event that runs a command by id (its `detail`), for parts that cannot reach the
 * command context, such as a canvas node's badge: `new CustomEvent(COMMAND_EVENT, { detail: id, bubbles: true })`.
 */
export const COMMAND_EVENT = 'counterpoint:command';

export function CommandsProvider({ value, children }: { value: CommandContext; children: ReactNode }) {
  useShortcuts(value);
  useClipboardEvents(value);
  useEffect(() => {
    const onCommand = (e: Event) => {
      const id = (e as CustomEvent<unknown>).detail;
      if (typeof id === 'string' && allCommands().some((c) => c.id === id)) run(id, value);
    };
    window.addEventListener(COMMAND_EVENT, onCommand);
    return () => window.removeEventListener(COMMAND_EVENT, onCommand);
  }, [value]);
  return <Context.Provider value={value}>{children}</Context.Provider>;
}

export function useCommandContext(): CommandContext {
  const ctx = useContext(Context);
  if (!ctx) throw new Error('useCommandContext: no CommandsProvider above this component');
  return ctx;
}

/** A command's live state, for a button or menu item: re-renders when it becomes enabled, disabled, on or off. */
export function useCommand(id: string) {
  const ctx = useCommandContext();
  const c = command(id);
  const subscribe = useCallback(
    (notify: () => void) => {
      const a = ctx.store.subscribe(notify);
      const b = ctx.store.temporal.subscribe(notify);
      return () => {
        a();
        b();
      };
    },
    [ctx],
  );
  const snapshot = useSyncExternalStore(subscribe, () => `${isEnabled(c, ctx) ? 1 : 0}${c.checked?.(ctx) ? 1 : 0}`);
  return { command: c, enabled: snapshot[0] === '1', checked: snapshot[1] === '1', run: () => run(id, ctx) };
}

/** Shortcuts that still act while the user is typing in a field. */
const FROM_FIELDS = new Set(['view.search']);

/**
 * Inside a region marked `data-own-keys` (the outline, whose tree moves items with
 * Alt+arrows and whose preview copies selected text; the reader's text, where Ctrl+C copies
 * the words selected and Q quotes them), only these act: map edits such as
 * Delete or Ctrl+C on the selected node would surprise there. Saving and opening files
 * (Ctrl+S, Ctrl+O) act everywhere, or the browser would offer to save the page instead.
 */
const IN_OWN_KEYS = new Set(['view.search', 'edit.undo', 'edit.redo', 'view.shortcuts', 'reader.createPassage', 'reader.find', 'map.export', 'map.import']);
const actsInOwnKeys = (id: string) => IN_OWN_KEYS.has(id) || id.startsWith('view.open.');

/** One keydown listener for every command's shortcuts. */
function useShortcuts(ctx: CommandContext) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest?.('[aria-modal="true"], .cp-menu')) return;
      const typing = isTextEntry(target);
      const ownKeys = !!target?.closest?.('[data-own-keys]');
      for (const c of allCommands()) {
        if (!c.shortcut?.some((s) => matches(s, e))) continue;
        if (typing && !FROM_FIELDS.has(c.id)) return;
        if (ownKeys && !actsInOwnKeys(c.id)) return;
        // Left to the browser, which fires the copy, cut and paste events that carry the system clipboard.
        if (BY_CLIPBOARD_EVENTS.has(c.id)) return;
        // Enter on a node that is not selected yet selects it (React Flow does that); a second Enter edits.
        if (c.id === 'edit.text' && target?.classList.contains('react-flow__node') && !target.classList.contains('selected')) return;
        // Enter and Space on buttons and links keep their usual meaning.
        if ((e.key === 'Enter' || e.key === ' ') && target?.closest('button, a, [role="tab"], summary')) return;
        if (!isEnabled(c, ctx)) return;
        e.preventDefault();
        run(c.id, ctx);
        return;
      }
    };
    // Capture phase: decide before React Flow's own handlers run, so "Enter on a node that was
    // not selected" is judged on the state before that Enter selected it.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [ctx]);
}
