import { moveInLanes, resetLanes } from '../../domain/compare/laneView';
import { emptyMap } from '../../domain/schema/map';
import { addEdge, removeElements, updateEdge } from '../document/edges';
import { attempt, EditError, type EditResult } from '../document/editError';
import { pasteFragment } from '../document/fragment';
import { freshId } from '../document/ids';
import { addNode, moveNodes, updateNode } from '../document/nodes';
import { placeMissing, withPlacedNodes } from '../document/placement';
import { addPosition, addQuestion, addReference, addSource, setMeta, slugId } from '../document/records';
import { updateSource } from '../document/sources';
import { selectionWithin } from '../view/selectionWithin';
import type { CounterpointState, CounterpointStore, DocumentSlice } from '../types';
import type { ArgumentMap } from '../../domain/schema/map';
import { savedOutlineFor, withSavedOutline } from '../../domain/outline/edit';
import { referenceAuthorNames, referenceYear, type Reference } from '../../domain/schema/reference';
import { placeOf } from '../../domain/schema/layout';

type Set = CounterpointStore['setState'];
type Get = CounterpointStore['getState'];

/**
 * The document slice: the open map and every edit to it. Each action is one undo step
 * (zundo records the previous `doc` whenever `doc` changes); a refused edit changes nothing
 * and returns its reason.
 */
export function documentSlice(set: Set, get: Get, temporal: () => CounterpointStore['temporal']): DocumentSlice {
  /** The document before the gesture in progress, if one is. */
  let gestureStart: ArgumentMap | null = null;

  const change = <T>(run: (doc: ArgumentMap) => { doc: ArgumentMap; value: T }): EditResult<T> => {
    const before = get().doc;
    const result = attempt(() => run(before));
    if (!result.ok) return result;
    let next = result.value.doc;
    // A node added without a place (by a view, an import step) is placed in the same step.
    let provisional: readonly string[] = [];
    if (next.nodes !== before.nodes) ({ doc: next, provisional } = placeMissing(next));
    if (next !== before) set(provisional.length > 0 ? { doc: next, provisionalLayout: [...get().provisionalLayout, ...provisional] } : { doc: next });
    return { ok: true, value: result.value.value };
  };
  const edit = (run: (doc: ArgumentMap) => ArgumentMap): EditResult => change((doc) => ({ doc: run(doc), value: undefined }));

  return {
    doc: emptyMap('untitled', 'Untitled map'),
    mapKey: 'untitled',
    origin: 'local',
    pristine: null,
    sourceTexts: {},
    anchors: {},
    loadProblems: [],
    openSerial: 0,
    provisionalLayout: [],

    openDocument(opened) {
      gestureStart = null;
      temporal().getState().resume();
      // Nodes without a place are placed as part of opening; the pristine default alike, so that
      // a default map opened unchanged is still identical to its pristine self.
      const { doc: map, provisional } = placeMissing(opened.map);
      const pristine = opened.pristine === opened.map ? map : opened.pristine ? withPlacedNodes(opened.pristine) : null;
      set((s): Partial<CounterpointState> => ({
        doc: map,
        mapKey: opened.key,
        origin: opened.origin,
        pristine,
        sourceTexts: opened.sourceTexts,
        anchors: opened.anchors,
        loadProblems: opened.problems,
        openSerial: s.openSerial + 1,
        provisionalLayout: provisional,
        selection: { nodes: [], edges: [] },
        collapsed: [],
        editing: null,
        focusHops: null,
        reveal: null,
      }));
      // A newly opened map starts a new history: undo never crosses into another map.
      temporal().getState().clear();
    },

    addNode: (draft, at) =>
      change((doc) => {
        const id = draft.id ?? freshId(doc, draft.kind, [], get().idTag);
        return { doc: addNode(doc, { ...draft, id } as Parameters<typeof addNode>[1], at), value: id };
      }),
    updateNode: (id, patch) => edit((doc) => updateNode(doc, id, patch)),
    connect: (from, to, relation, stance) =>
      change((doc) => {
        const id = freshId(doc, 'e', [], get().idTag);
        return { doc: addEdge(doc, { id, from, to, relation, ...(stance ? { stance } : {}) }), value: id };
      }),
    updateEdge: (id, patch) => edit((doc) => updateEdge(doc, id, patch)),
    removeElements(ids) {
      const result = edit((doc) => removeElements(doc, ids));
      const { doc, selection } = get();
      set({ selection: selectionWithin(selection, doc) });
      return result;
    },
    moveNodes: (positions) => edit((doc) => moveNodes(doc, positions)),
    moveLaneNodes: (positions) => edit((doc) => moveInLanes(doc, positions)),
    resetLanes: () => edit(resetLanes),
    paste: (fragment, at) =>
      change((doc) => {
        const pasted = pasteFragment(doc, fragment, at, get().idTag);
        const sourceTexts = { ...fragment.sourceTexts, ...get().sourceTexts };
        if (Object.keys(sourceTexts).length !== Object.keys(get().sourceTexts).length) set({ sourceTexts });
        return { doc: pasted.doc, value: { nodeIds: pasted.nodeIds, edgeIds: pasted.edgeIds } };
      }),
    setMeta: (meta) => edit((doc) => setMeta(doc, meta)),
    addPosition: (position) =>
      change((doc) => {
        const id = position.id ?? slugId(position.label, doc.positions, 'position');
        return { doc: addPosition(doc, { ...position, id }), value: id };
      }),
    addQuestion: (question) =>
      change((doc) => {
        const id = question.id ?? slugId(question.text.split(/\s+/).slice(0, 6).join(' '), doc.questions, 'question');
        return { doc: addQuestion(doc, { ...question, id }), value: id };
      }),
    addReference: (reference) =>
      change((doc) => {
        const family = referenceAuthorNames(reference)[0] ?? 'ref';
        const id = reference.id ?? slugId(`${family}${referenceYear(reference) ?? ''}`, doc.references, 'ref');
        return { doc: addReference(doc, { ...reference, id } as Reference), value: id };
      }),

    saveOutline: (saved) =>
      edit((doc) => (JSON.stringify(savedOutlineFor(doc, saved.thesis) ?? { thesis: saved.thesis }) === JSON.stringify(saved) ? doc : withSavedOutline(doc, saved))),

    addSource: (source, text) =>
      change((doc) => {
        const next = addSource(doc, source);
        set({ sourceTexts: { ...get().sourceTexts, [source.id]: text } });
        return { doc: next, value: source.id };
      }),

    updateSource: (id, patch) => edit((doc) => updateSource(doc, id, patch)),

    replaceMap(map, extras) {
      if (map === get().doc) return;
      const placed = placeMissing(map);
      set({
        doc: placed.doc,
        provisionalLayout: placed.provisional,
        ...(extras ? { sourceTexts: extras.sourceTexts, anchors: extras.anchors, loadProblems: extras.problems } : {}),
      });
    },

    beginGesture() {
      if (gestureStart) return;
      gestureStart = get().doc;
      temporal().getState().pause();
    },
    endGesture() {
      const start = gestureStart;
      if (!start) return;
      gestureStart = null;
      const end = get().doc;
      const history = temporal().getState();
      if (end === start) {
        history.resume();
        return;
      }
      // zundo records the state before a change; put the pre-gesture document back while
      // untracked, then apply the end state tracked, so the whole gesture is one step.
      set({ doc: start });
      history.resume();
      set({ doc: end });
    },

    settleLayout(positions) {
      const { doc, provisionalLayout } = get();
      const pending = new Set(provisionalLayout);
      const fresh = Object.entries(positions).filter(([id]) => pending.has(id) || !placeOf(doc.layout, id));
      set({ provisionalLayout: [] });
      if (fresh.length === 0) return;
      const history = temporal().getState();
      const tracking = history.isTracking;
      history.pause();
      set({ doc: { ...doc, layout: { ...doc.layout, ...Object.fromEntries(fresh) } } });
      if (tracking) history.resume();
    },

    transact(run) {
      const nested = gestureStart !== null;
      if (!nested) get().beginGesture();
      try {
        return run();
      } finally {
        if (!nested) get().endGesture();
      }
    },
    gestureBase: () => gestureStart,
    cancelGesture() {
      const start = gestureStart;
      if (!start) return;
      gestureStart = null;
      set({ doc: start });
      temporal().getState().resume();
    },

    undo() {
      if (gestureStart) return;
      const live = get().historyOverride;
      if (live) live.undo();
      else temporal().getState().undo();
    },
    redo() {
      if (gestureStart) return;
      const live = get().historyOverride;
      if (live) live.redo();
      else temporal().getState().redo();
    },
    historyOverride: null,
    idTag: null,
    setLiveHistory(override, idTag) {
      set(idTag === undefined ? { historyOverride: override } : { historyOverride: override, idTag });
    },
  };
}

export { EditError };
