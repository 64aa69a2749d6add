import type { CanvasPort } from '../../canvas/canvasPort';
import type { CounterpointStore, Session } from '../../store';

/** Dialogs a command can open; the shell renders them. */
export type DialogRequest =
  | { readonly kind: 'passage'; readonly linkTo?: string }
  | { readonly kind: 'work'; readonly linkTo?: string }
  | { readonly kind: 'filters' }
  | { readonly kind: 'shortcuts' }
  | { readonly kind: 'review'; readonly passage: string }
  | { readonly kind: 'source' };

/** What commands may do to the interface beyond the store: open things, pick and save files. */
export interface UiPort {
  openPalette(): void;
  openDialog(request: DialogRequest): void;
  /** Asks the user for a file; resolves with null when they cancel. */
  pickFile(accept: string): Promise<File | null>;
  download(fileName: string, text: string): void;
  confirm(message: string): boolean;
}

export interface CommandContext {
  readonly store: CounterpointStore;
  readonly session: Session;
  readonly canvas: CanvasPort;
  readonly ui: UiPort;
}

export type CommandGroup = 'file' | 'edit' | 'create' | 'view' | 'layout' | 'navigate';

/**
 * A user action as data, as excalidraw's actions are: the toolbar, the menus, the keyboard,
 * the command palette and the tests all find it here by id, so each exists once.
 */
export interface Command {
  readonly id: string;
  readonly label: string;
  readonly group: CommandGroup;
  /** Key combinations, e.g. "Mod+Z" (Mod is Ctrl, or ⌘ on a Mac), "Shift+1", "Delete". */
  readonly shortcut?: readonly string[];
  /** Extra words the command palette matches. */
  readonly keywords?: string;
  /** Whether the command can run now; disabled commands are shown greyed and ignore their keys. */
  readonly enabled?: (ctx: CommandContext) => boolean;
  /** Whether the command is "on" (a toggle, like focus mode). */
  readonly checked?: (ctx: CommandContext) => boolean;
  readonly perform: (ctx: CommandContext) => void | Promise<void>;
}
