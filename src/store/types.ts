import type { StoreApi } from 'zustand/vanilla';
import type { TemporalState } from 'zundo';
import type { AnchorResolution } from '../domain/anchoring/resolve';
import type { Problem } from '../domain/errors';
import type { Relation, Stance } from '../domain/schema/edge';
import type { Point } from '../domain/schema/layout';
import type { ArgumentMap } from '../domain/schema/map';
import type { MapNode } from '../domain/schema/node';
import type { Position } from '../domain/schema/position';
import type { Question } from '../domain/schema/question';
import type { Reference } from '../domain/schema/reference';
import type { SavedOutline } from '../domain/schema/outline';
import type { Source } from '../domain/schema/source';
import type { EditPatch, EdgePatchInput, NodeDraft } from './document/drafts';
import type { EditResult } from './document/editError';
import type { ElementIds } from './document/edges';
import type { Fragment } from './document/fragment';
import type { MapMeta } from './document/records';
import type { SourcePatch } from './document/sources';
import type { Filters } from './view/visibility';

/** Where the open map came from: a default bundled under maps/, or one made or imported in this browser. */
export type MapOrigin = 'bundled' | 'local';

/** A map as the loader returned it, ready to open. */
export interface OpenedMap {
  /** The map's key in the catalogue: a bundled file's slug, or a local map's id. */
  readonly key: string;
  readonly origin: MapOrigin;
  readonly map: ArgumentMap;
  readonly sourceTexts: Readonly<Record<string, string>>;
  readonly anchors: Readonly<Record<string, AnchorResolution>>;
  readonly problems: readonly Problem[];
  /** The pristine default of a bundled map ("Reset to default" returns to it). */
  readonly pristine?: ArgumentMap | null;
}

export interface DocumentSlice {
  /** The open map; the only state undo and redo track. */
  doc: ArgumentMap;
  mapKey: string;
  origin: MapOrigin;
  pristine: ArgumentMap | null;
  /** Source texts by source id, from the loader (the reader and the outline read them). */
  sourceTexts: Readonly<Record<string, string>>;
  /** How each passage was anchored when the map was loaded. */
  anchors: Readonly<Record<string, AnchorResolution>>;
  /** Warnings and notes from the last load, e.g. QUOTE_NEEDS_REVIEW; errors never get this far. */
  loadProblems: readonly Problem[];
  /** Counts opens, so views can tell a newly opened map from an edit (and fit the view to it). */
  openSerial: number;
  /**
   * Nodes placed on a provisional grid because they came without positions and were too
   * many to place one by one (a large import): the canvas lays them out with ELK and
   * settles them (`settleLayout`). The one owner of placement is `document/placement.ts`.
   */
  provisionalLayout: readonly string[];

  openDocument(opened: OpenedMap): void;
  addNode(draft: NodeDraft, at: Point): EditResult<string>;
  updateNode(id: string, patch: EditPatch): EditResult;
  connect(from: string, to: string, relation: Relation, stance?: Stance): EditResult<string>;
  updateEdge(id: string, patch: EdgePatchInput): EditResult;
  removeElements(ids: ElementIds): EditResult;
  moveNodes(positions: Readonly<Record<string, Point>>): EditResult;
  /** Moves nodes in the swimlanes (top-left corners on the canvas); the free layout is untouched. */
  moveLaneNodes(positions: Readonly<Record<string, Point>>): EditResult;
  /** Forgets every move made in the swimlanes, as one undo step. */
  resetLanes(): EditResult;
  paste(fragment: Fragment, at: Point): EditResult<{ nodeIds: string[]; edgeIds: string[] }>;
  setMeta(meta: MapMeta): EditResult;
  addPosition(position: Omit<Position, 'id'> & { id?: string }): EditResult<string>;
  addQuestion(question: Omit<Question, 'id'> & { id?: string }): EditResult<string>;
  addReference(reference: Partial<Reference> & Pick<Reference, 'type'>): EditResult<string>;
  /** Saves the user's arrangement of one thesis's outline (order, exclusions, notes, style, depth) as one undo step. */
  saveOutline(saved: SavedOutline): EditResult;
  /** Adds a source (a bundled file or an inline text) with its text, so passages can quote it. */
  addSource(source: Source, text: string): EditResult<string>;
  /** Changes a source's title, its work (`ref`) or its page labels (passages follow to their new pages). */
  updateSource(id: string, patch: SourcePatch): EditResult;
  /** Replaces the whole map in one undoable step (reset to default, replace by an import). */
  replaceMap(map: ArgumentMap, extras?: Pick<OpenedMap, 'sourceTexts' | 'anchors' | 'problems'>): void;
  /** Starts a continuous gesture (a drag): changes until `endGesture` become one undo step. */
  beginGesture(): void;
  endGesture(): void;
  /** Places the provisionally placed nodes where ELK put them: part of opening, not an undo step. */
  settleLayout(positions: Readonly<Record<string, Point>>): void;
  /** Runs several edits as one undo step (inside a gesture, they simply join it). */
  transact<T>(run: () => T): T;
  /** The document as it was when the gesture in progress began, or null when none is (the autosave keeps it as an undo step). */
  gestureBase(): ArgumentMap | null;
  /** Ends the gesture by putting the document back as it was before it, recording nothing. */
  cancelGesture(): void;
  undo(): void;
  redo(): void;
  /**
   * While the map is live (a room, or another tab on it), undo and redo go to the live
   * document's own history, which holds only this user's edits: zundo's steps would undo
   * other people's work. Null when working alone.
   */
  historyOverride: HistoryOverride | null;
  /** Appended to new node and edge ids while live, so two people never make the same id. */
  idTag: string | null;
  setLiveHistory(override: HistoryOverride | null, idTag?: string | null): void;
}

/** Undo and redo in a live map (see DocumentSlice.historyOverride); replaced whenever its stacks change. */
export interface HistoryOverride {
  readonly canUndo: boolean;
  readonly canRedo: boolean;
  undo(): void;
  redo(): void;
}

export interface Selection {
  readonly nodes: readonly string[];
  readonly edges: readonly string[];
}

export interface Notice {
  readonly tone: 'info' | 'error';
  readonly text: string;
  /** Problems to list under the text (a refused import, an unreadable autosave). */
  readonly problems?: readonly Problem[];
  readonly title?: string;
}

export interface Viewport {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
}

export type LayoutMode = 'free' | 'lanes';

export interface ViewSlice {
  /** The open view: "map", "compare", "outline" or any view registered later. */
  view: string;
  selection: Selection;
  filters: Filters;
  collapsed: readonly string[];
  /** Focus mode: hops around the selected node that stay lit, or null when off. */
  focusHops: number | null;
  viewport: Viewport | null;
  /** The node whose text is being edited inline on the canvas. */
  editing: string | null;
  /** True while the node being edited was created for this edit (cancelling removes it). */
  editingFresh: boolean;
  sidePanel: { readonly tab: string; readonly width: number; readonly open: boolean };
  /** A request for the canvas to bring a node into view; `serial` makes repeated requests distinct. */
  reveal: { readonly nodeId: string; readonly serial: number } | null;
  /** Bumped to ask the canvas to fit the whole map in view. */
  fitSerial: number;
  clipboard: Fragment | null;
  notice: Notice | null;
  /** How the map view arranges nodes: the free layout, or a lane per position (domain/compare/laneView). */
  layoutMode: LayoutMode;
  /**
   * Each view's own state, by view id (the compare view's chosen positions, the outline's
   * thesis): owned and typed by the view through `defineViewState`, kept here so it lives
   * and dies with the store and the address bar can follow it.
   */
  viewStates: Readonly<Record<string, unknown>>;

  setView(view: string): void;
  select(selection: Partial<Selection>): void;
  /** Selects one node (or adds it to the selection), optionally bringing it into view. */
  selectNode(id: string, options?: { additive?: boolean; reveal?: boolean }): void;
  clearSelection(): void;
  setFilters(filters: Partial<Filters>): void;
  resetFilters(): void;
  toggleCollapsed(id: string): void;
  setFocusHops(hops: number | null): void;
  setViewport(viewport: Viewport): void;
  setEditing(id: string | null, options?: { fresh?: boolean }): void;
  setSidePanel(panel: Partial<ViewSlice['sidePanel']>): void;
  revealNode(id: string): void;
  requestFit(): void;
  setClipboard(fragment: Fragment | null): void;
  notify(notice: Notice | null): void;
  setLayoutMode(mode: LayoutMode): void;
  setViewState(viewId: string, state: unknown): void;
}

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error';

/** A map the picker offers: a bundled default (maybe edited here) or a map made or imported here. */
export interface CatalogueEntry {
  readonly key: string;
  readonly title: string;
  readonly origin: MapOrigin;
  /** A bundled map with saved changes, or any local map (which only exists saved). */
  readonly edited: boolean;
}

export interface PersistenceSlice {
  catalogue: readonly CatalogueEntry[];
  setCatalogue(catalogue: readonly CatalogueEntry[]): void;
  saveStatus: SaveStatus;
  savedAt: number | null;
  saveError: string | null;
  /** Why changes are not being saved (a full disk, no IndexedDB), until a save succeeds; the app shows it in a banner. */
  storageFault: string | null;
  setSaveStatus(status: SaveStatus, detail?: { savedAt?: number; error?: string }): void;
}

/** A person in the room (or this user), as presence shows them. */
export interface Peer {
  readonly clientId: number;
  readonly name: string;
  readonly color: string;
  /** The nodes they have selected. */
  readonly selection: readonly string[];
}

/**
 * Where the open map stands with others: `alone` (the map lives in this browser only),
 * `tabs` (other tabs of this browser have it open and edits are relayed between them) or
 * `room` (shared on a collaboration server). See src/store/live/.
 */
export interface LiveInfo {
  readonly mode: 'alone' | 'tabs' | 'room';
  /** Other tabs of this browser with the map open. */
  readonly tabs: number;
  readonly room: {
    readonly id: string;
    readonly server: string;
    readonly link: string;
    /** connecting | online | offline | denied | refused */
    readonly status: string;
    readonly reason?: string;
  } | null;
  readonly self: Peer | null;
  /** Everyone else in the room. */
  readonly peers: readonly Peer[];
}

export interface LiveSlice {
  live: LiveInfo;
  setLive(live: Partial<LiveInfo>): void;
}

export type CounterpointState = DocumentSlice & ViewSlice & PersistenceSlice & LiveSlice;

/** What undo tracks: the document only, never selection, filters or the viewport. */
export type TrackedState = Pick<CounterpointState, 'doc'>;

export type CounterpointStore = StoreApi<CounterpointState> & {
  temporal: StoreApi<TemporalState<TrackedState>>;
};

export type { MapNode };
