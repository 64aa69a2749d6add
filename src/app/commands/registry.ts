import { VIEWS } from '../views';
import { CREATE_COMMANDS } from './createCommands';
import { EDIT_COMMANDS } from './editCommands';
import { FILE_COMMANDS } from './fileCommands';
import { LAYOUT_COMMANDS } from './layoutCommands';
import { NAVIGATE_COMMANDS } from './navigateCommands';
import { READER_COMMANDS } from './readerCommands';
import { OUTLINE_COMMANDS } from './outlineCommands';
import type { Command, CommandContext } from './types';
import { VIEW_COMMANDS } from './viewCommands';

/** One command per view in the view registry, so a new view gets its command (and shortcut) for free. */
const openViewCommands = (): Command[] => VIEWS.map((v, i) => ({
  id: `view.open.${v.id}`,
  label: `Open the ${v.label} view`,
  group: 'view',
  shortcut: [`Alt+${i + 1}`],
  checked: (ctx) => ctx.store.getState().view === v.id,
  perform: (ctx) => ctx.store.getState().setView(v.id),
}));

let all: readonly Command[] | null = null;
let byId: Map<string, Command> | null = null;

/**
 * Every command, in the order menus and the palette list them. Built on first use, not at
 * import: the view registry it reads imports the views, which use commands themselves.
 */
export function allCommands(): readonly Command[] {
  all ??= [...FILE_COMMANDS, ...EDIT_COMMANDS, ...CREATE_COMMANDS, ...VIEW_COMMANDS, ...openViewCommands(), ...LAYOUT_COMMANDS, ...NAVIGATE_COMMANDS, ...OUTLINE_COMMANDS, ...READER_COMMANDS];
  return all;
}

export function command(id: string): Command {
  byId ??= new Map(allCommands().map((c) => [c.id, c]));
  const found = byId.get(id);
  if (!found) throw new Error(`no command "${id}"`);
  return found;
}

export function isEnabled(c: Command, ctx: CommandContext): boolean {
  return c.enabled ? c.enabled(ctx) : true;
}

/** Runs a command by id if it is enabled; returns whether it ran. */
export function run(id: string, ctx: CommandContext): boolean {
  const c = command(id);
  if (!isEnabled(c, ctx)) return false;
  void Promise.resolve(c.perform(ctx)).catch((e: unknown) => {
    ctx.store.getState().notify({ tone: 'error', text: `${c.label} failed: ${e instanceof Error ? e.message : String(e)}` });
  });
  return true;
}
