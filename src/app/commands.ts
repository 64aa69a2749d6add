import { CREATE_COMMANDS } from '../commands/core/create';
import { EDIT_COMMANDS } from '../commands/core/edit';
import { FILE_COMMANDS } from '../commands/core/file';
import { PICTURE_COMMANDS } from '../commands/core/pictures';
import { NAVIGATE_COMMANDS } from '../commands/core/navigate';
import { VIEW_COMMANDS } from '../commands/core/view';
import { createCommandRegistry } from '../commands/registry';
import type { Command } from '../commands/types';
import { CONTRIBUTED_COMMANDS, VIEWS } from './views';

/** One command per view, so a new view gets its command (and its Alt+n shortcut) for free. */
const OPEN_VIEW_COMMANDS: readonly Command[] = VIEWS.map((v, i) => ({
  id: `view.open.${v.id}`,
  label: `Open the ${v.label} view`,
  group: 'view',
  shortcut: [`Alt+${i + 1}`],
  keyScope: { inOwnKeys: true },
  checked: (ctx) => ctx.store.getState().view === v.id,
  perform: (ctx) => ctx.store.getState().setView(v.id),
}));

/** Every command of the app, in the order menus and the palette list them. */
export const APP_COMMANDS: readonly Command[] = [
  ...FILE_COMMANDS,
  ...PICTURE_COMMANDS,
  ...EDIT_COMMANDS,
  ...CREATE_COMMANDS,
  ...VIEW_COMMANDS,
  ...OPEN_VIEW_COMMANDS,
  ...NAVIGATE_COMMANDS,
  ...CONTRIBUTED_COMMANDS,
];

export const APP_COMMAND_REGISTRY = createCommandRegistry(APP_COMMANDS);
