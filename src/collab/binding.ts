import type * as Y from 'yjs';
import { loadMapValue, type LoadResult, type SourceReader } from '../domain/loader';
import type { ArgumentMap } from '../domain/schema/map';
import { applyMapDiff } from './diff';
import { DocMapReader } from './fromDoc';
import { shareUnchanged } from './share';
import { createUndoManager, LOCAL_ORIGIN } from './undo';

export interface MapDocBindingOptions {
  readonly readSource: SourceReader;
  /** The map the store shows now, so unchanged records keep their identity. */
  readonly current: () => ArgumentMap | undefined;
  /**
   * The doc's map after a change made elsewhere (another client, undo, redo): through the
   * loader, unchanged records shared with `current()`. When it does not load (two valid edits
   * merged into an invalid map), keep showing the last map and say so.
   */
  readonly onMap: (result: LoadResult) => void;
}

/**
 * Joins a store to a map's Y.Doc, for the app's phase 2: framework-free, so the store only
 * calls `write` on each change of its map and applies what `onMap` hands it.
 *
 * - `write(before, after)`: the user's edit into the doc (`applyMapDiff`, `LOCAL_ORIGIN`),
 *   one undo step; `onMap` is not called for it, unless the doc refused part of it (an edit to
 *   a record someone deleted meanwhile), so the store drops what the doc no longer has.
 * - every other transaction on the doc (the provider's, the undo manager's) reaches `onMap`.
 * - `undo()` / `redo()`: this user's own edits only (`Y.UndoManager` over `LOCAL_ORIGIN`).
 */
export class MapDocBinding {
  readonly undoManager: Y.UndoManager;
  private readonly reader: DocMapReader;
  private readonly onTransaction = (tx: Y.Transaction) => {
    if (tx.origin !== LOCAL_ORIGIN && tx.changed.size > 0) this.publish();
  };

  constructor(
    readonly doc: Y.Doc,
    private readonly options: MapDocBindingOptions,
  ) {
    this.reader = new DocMapReader(doc);
    this.undoManager = createUndoManager(doc);
    doc.on('afterTransaction', this.onTransaction);
  }

  /** The doc's map now, through the loader. */
  read(): LoadResult {
    const result = loadMapValue(this.reader.read(), { readSource: this.options.readSource });
    return result.ok ? { ...result, map: shareUnchanged(this.options.current(), result.map) } : result;
  }

  write(before: ArgumentMap | undefined, after: ArgumentMap): void {
    const gone = applyMapDiff(this.doc, before, after, LOCAL_ORIGIN);
    if (gone > 0) this.publish();
  }

  undo(): boolean {
    return this.undoManager.undo() !== null;
  }

  redo(): boolean {
    return this.undoManager.redo() !== null;
  }

  get canUndo(): boolean {
    return this.undoManager.canUndo();
  }

  get canRedo(): boolean {
    return this.undoManager.canRedo();
  }

  dispose(): void {
    this.doc.off('afterTransaction', this.onTransaction);
    this.undoManager.destroy();
    this.reader.dispose();
  }

  private publish(): void {
    this.options.onMap(this.read());
  }
}
