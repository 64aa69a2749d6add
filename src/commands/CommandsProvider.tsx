import { createContext, useCallback, useContext, useEffect, useMemo, useSyncExternalStore, type ReactNode } from 'react';
import { useClipboardEvents } from './clipboardEvents';
import { isTextEntry, matches } from './keys';
import { isEnabled, runCommand, type CommandRegistry } from './registry';
import type { Command, CommandContext } from './types';

interface Commands {
  readonly ctx: CommandContext;
  readonly registry: CommandRegistry;
}

const Context = createContext<Commands | null>(null);

/**
 * A DOM event that runs a command by id (its `detail`), for parts that cannot reach the
 * command context, such as a canvas node's badge: `new CustomEvent(COMMAND_EVENT, { detail: id, bubbles: true })`.
 */
export const COMMAND_EVENT = 'counterpoint:command';

export function CommandsProvider({ value, registry, children }: { value: CommandContext; registry: CommandRegistry; children: ReactNode }) {
  useShortcuts(value, registry);
  useClipboardEvents(value);
  useEffect(() => {
    const onCommand = (e: Event) => {
      const id = (e as CustomEvent<unknown>).detail;
      const c = typeof id === 'string' ? registry.get(id) : undefined;
      if (c) runCommand(c, value);
    };
    window.addEventListener(COMMAND_EVENT, onCommand);
    return () => window.removeEventListener(COMMAND_EVENT, onCommand);
  }, [value, registry]);
  const commands = useMemo(() => ({ ctx: value, registry }), [value, registry]);
  return <Context.Provider value={commands}>{children}</Context.Provider>;
}

function useCommands(): Commands {
  const commands = useContext(Context);
  if (!commands) throw new Error('no CommandsProvider above this component');
  return commands;
}

export function useCommandContext(): CommandContext {
  return useCommands().ctx;
}

export function useCommandRegistry(): CommandRegistry {
  return useCommands().registry;
}

/** Runs commands by id from event handlers: `run('create.claim')`. */
export function useRunCommand(): (id: string) => boolean {
  const { ctx, registry } = useCommands();
  return useCallback((id: string) => runCommand(registry.command(id), ctx), [ctx, registry]);
}

/** A command's live state, for a button or menu item: re-renders when it becomes enabled, disabled, on or off. */
export function useCommand(id: string) {
  const { ctx, registry } = useCommands();
  const c = registry.command(id);
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
  return { command: c, enabled: snapshot[0] === '1', checked: snapshot[1] === '1', run: () => runCommand(c, ctx) };
}

/** Whether a key press that matched a command's shortcut is the command's to act on, where it happened. */
export function keyActsHere(c: Command, e: KeyboardEvent, ctx: CommandContext): boolean {
  const target = e.target as HTMLElement | null;
  if (isTextEntry(target) && !c.keyScope?.inTextFields) return false;
  if (target?.closest?.('[data-own-keys]') && !c.keyScope?.inOwnKeys) return false;
  // Enter and Space on buttons and links keep their usual meaning.
  if ((e.key === 'Enter' || e.key === ' ') && target?.closest?.('button, a, [role="tab"], summary')) return false;
  return c.keyTest ? c.keyTest(e, ctx) : true;
}

/** One keydown listener for every command's shortcuts. */
function useShortcuts(ctx: CommandContext, registry: CommandRegistry) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.isComposing) return;
      const target = e.target as HTMLElement | null;
      if (target?.closest?.('[aria-modal="true"], .cp-menu')) return;
      const c = registry.all.find((candidate) => candidate.shortcut?.some((s) => matches(s, e)));
      if (!c || !keyActsHere(c, e, ctx) || !isEnabled(c, ctx)) return;
      e.preventDefault();
      runCommand(c, ctx);
    };
    // Capture phase: decide before React Flow's own handlers run, so "Enter on a node that was
    // not selected" is judged on the state before that Enter selected it.
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [ctx, registry]);
}
