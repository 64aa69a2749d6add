import type * as Y from 'yjs';
import { MapDocBinding } from '../../collab/binding';
import type { LoadResult, SourceReader } from '../../domain/loader';
import type { ArgumentMap } from '../../domain/schema/map';
import type { CounterpointStore } from '../types';
import { selectionWithin } from '../view/selectionWithin';

export interface LiveDoc {
  readonly binding: MapDocBinding;
  /** Reads the doc's map and shows it (after a room's first sync, or another tab's state). */
  refresh(): void;
  detach(): void;
}

/**
 * Joins the store's open map to a Y.Doc, both ways:
 * - each change of the map the user makes is written into the doc (one transaction, this
 *   user's origin); a gesture (a drag, create-then-type) is written once, when it ends;
 * - each change arriving in the doc (another tab, the room, undo) is read through the loader
 *   and shown, without becoming an undo step; during a gesture it waits for the gesture's end,
 *   so the gesture's end state never writes back over it;
 * - undo and redo go to the doc's own history, which holds this user's edits only, and new
 *   ids carry the doc's client id.
 */
export function attachLiveDoc(store: CounterpointStore, doc: Y.Doc, readSource: SourceReader, onProblem: (result: LoadResult & { ok: false }) => void): LiveDoc {
  const key = store.getState().mapKey;
  let written: ArgumentMap = store.getState().doc;
  let applying = false;
  let waiting = false;

  const show = (result: LoadResult) => {
    if (!result.ok) return onProblem(result);
    const s = store.getState();
    if (s.mapKey !== key) return;
    if (s.gestureBase()) {
      waiting = true;
      return;
    }
    written = result.map;
    if (result.map === s.doc) return;
    applying = true;
    const history = store.temporal.getState();
    const tracking = history.isTracking;
    history.pause();
    try {
      store.setState({
        doc: result.map,
        sourceTexts: { ...s.sourceTexts, ...result.sourceTexts },
        anchors: { ...s.anchors, ...result.anchors },
        // What the others deleted cannot stay selected here.
        selection: selectionWithin(s.selection, result.map),
      });
    } finally {
      if (tracking) history.resume();
      applying = false;
    }
  };

  const binding = new MapDocBinding(doc, { readSource, current: () => store.getState().doc, onMap: show });

  const unsubscribe = store.subscribe((s) => {
    if (applying || s.mapKey !== key || s.gestureBase()) return;
    if (s.doc !== written) {
      const before = written;
      written = s.doc;
      binding.write(before, s.doc);
    }
    if (waiting) {
      waiting = false;
      // After the rest of this change: ending a gesture puts the old document back for a
      // moment, then the end state, which must be written before the others' edits are read.
      queueMicrotask(() => show(binding.read()));
    }
  });

  const publishHistory = () => {
    const um = binding.undoManager;
    store.getState().setLiveHistory({
      canUndo: um.canUndo(),
      canRedo: um.canRedo(),
      undo: () => void binding.undo(),
      redo: () => void binding.redo(),
    });
  };
  for (const event of ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const) binding.undoManager.on(event, publishHistory);
  store.getState().setLiveHistory(null, doc.clientID.toString(36));
  publishHistory();

  return {
    binding,
    refresh: () => show(binding.read()),
    detach() {
      unsubscribe();
      binding.dispose();
      store.getState().setLiveHistory(null, null);
      // zundo's steps were recorded before and around other people's edits: undoing them now
      // would take those edits back, so working alone again starts a fresh history.
      if (store.getState().mapKey === key) store.temporal.getState().clear();
    },
  };
}
