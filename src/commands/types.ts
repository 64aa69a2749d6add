import type { CounterpointStore, Session } from '../store';

/**
 * A dialog a command asks for, by kind; the shell renders the dialog registered for that
 * kind (views and panels register their own), with the request as its props.
 */
export interface DialogRequest {
  readonly kind: string;
  readonly [detail: string]: unknown;
}

/** What commands may do to the interface beyond the store: open things, pick and save files. */
export interface UiPort {
  openPalette(): void;
  openDialog(request: DialogRequest): void;
  /** Asks the user for a file; resolves with null when they cancel. */
  pickFile(accept: string): Promise<File | null>;
  download(fileName: string, content: string | Blob | Uint8Array, mediaType?: string): void;
  confirm(message: string): boolean;
}

/** A point or an area on the canvas, in map (flow) units. */
export interface MapPoint {
  readonly x: number;
  readonly y: number;
}

/**
 * What commands may ask of the canvas without importing React Flow: where the view is
 * centred, how a screen point maps to the map, and fitting the view. The canvas fills
 * the port in while it is mounted; commands see null when the map view is closed.
 */
export interface CanvasApi {
  /** The map point at the centre of the visible canvas. */
  viewportCenter(): MapPoint;
  /** The part of the map the canvas shows, in map coordinates. */
  visibleArea(): { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
  screenToFlow(point: MapPoint): MapPoint;
  fitView(nodeIds?: readonly string[]): void;
}

export interface CanvasPort {
  current: CanvasApi | null;
}

export interface CommandContext {
  readonly store: CounterpointStore;
  readonly session: Session;
  readonly canvas: CanvasPort;
  readonly ui: UiPort;
}

export type CommandGroup = 'file' | 'edit' | 'create' | 'view' | 'layout' | 'navigate';

/** Where a command's keys act besides the canvas and the page at large. */
export interface KeyScope {
  /** While the user types in a text field (Ctrl+K opens search from anywhere). */
  readonly inTextFields?: boolean;
  /**
   * Inside a region marked `data-own-keys` (the outline's tree, the reader's text), which
   * handles its own keys: only commands that make sense there say so (undo, saving a file).
   */
  readonly inOwnKeys?: boolean;
}

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
  readonly keyScope?: KeyScope;
  /**
   * The command's last word on a key press that matched its shortcut (excalidraw's
   * `keyTest`): false leaves the key to the browser or to the element that has focus.
   */
  readonly keyTest?: (event: KeyboardEvent, ctx: CommandContext) => boolean;
  /** Extra words the command palette matches. */
  readonly keywords?: string;
  /** Whether the command can run now; disabled commands are shown greyed and ignore their keys. */
  readonly enabled?: (ctx: CommandContext) => boolean;
  /** Whether the command is "on" (a toggle, like focus mode). */
  readonly checked?: (ctx: CommandContext) => boolean;
  readonly perform: (ctx: CommandContext) => void | Promise<void>;
}
