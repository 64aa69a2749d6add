import { displayShortcut } from '../commands/keys';
import { isEnabled, runCommand, type CommandRegistry } from '../commands/registry';
import type { CommandContext } from '../commands/types';
import type { MenuItem } from './Menu';

/** A menu item for a command: its label, its first shortcut as a hint, greyed when it cannot run. */
export function commandMenuItem(id: string, ctx: CommandContext, registry: CommandRegistry): MenuItem {
  const c = registry.command(id);
  const key = c.shortcut?.[0];
  return { id, label: c.label, hint: key ? displayShortcut(key) : undefined, disabled: !isEnabled(c, ctx), run: () => runCommand(c, ctx) };
}
