import type { Command, CommandContext } from './types';

/** The commands of one app, by id; made once from the lists that views and layers register. */
export interface CommandRegistry {
  readonly all: readonly Command[];
  get(id: string): Command | undefined;
  /** The command with this id; a missing id is a bug in the caller, so it throws. */
  command(id: string): Command;
}

export function createCommandRegistry(commands: readonly Command[]): CommandRegistry {
  const byId = new Map<string, Command>();
  for (const c of commands) {
    if (byId.has(c.id)) throw new Error(`two commands share the id "${c.id}"`);
    byId.set(c.id, c);
  }
  return {
    all: commands,
    get: (id) => byId.get(id),
    command(id) {
      const found = byId.get(id);
      if (!found) throw new Error(`no command "${id}"`);
      return found;
    },
  };
}

export function isEnabled(c: Command, ctx: CommandContext): boolean {
  return c.enabled ? c.enabled(ctx) : true;
}

/** Runs a command if it is enabled; returns whether it ran. A failure is told to the user. */
export function runCommand(c: Command, ctx: CommandContext): boolean {
  if (!isEnabled(c, ctx)) return false;
  const fail = (e: unknown) => ctx.store.getState().notify({ tone: 'error', text: `${c.label} failed: ${e instanceof Error ? e.message : String(e)}` });
  // Synchronously, so what a command does is done when it returns (a menu closes on a finished edit).
  try {
    void Promise.resolve(c.perform(ctx)).catch(fail);
  } catch (e) {
    fail(e);
  }
  return true;
}
