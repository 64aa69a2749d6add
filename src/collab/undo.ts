import * as Y from 'yjs';
import { sharedTypes } from './layout';

/**
 * The origin of the user's own edits: what a store binding passes to `applyMapDiff`, and the
 * only origin the undo manager tracks, so Ctrl+Z undoes this user's edits and never another's
 * (edits arriving from a server carry the provider as origin; the undo manager's own undo and
 * redo transactions are tracked by Yjs itself, so redo works).
 */
export const LOCAL_ORIGIN: unique symbol = Symbol('counterpoint-local-edit');

/**
 * An undo manager over every part of the map's doc that tracks only `LOCAL_ORIGIN`.
 * `captureTimeout` 0: each transaction is its own step (a store action, a finished drag), as
 * undo works without a room; pass more to merge quick successive edits.
 */
export function createUndoManager(doc: Y.Doc, options: { captureTimeout?: number; origin?: unknown } = {}): Y.UndoManager {
  return new Y.UndoManager(sharedTypes(doc), {
    trackedOrigins: new Set([options.origin ?? LOCAL_ORIGIN]),
    captureTimeout: options.captureTimeout ?? 0,
  });
}
