import type { Relation, Stance } from '../../domain/schema/edge';
import type { Point } from '../../domain/schema/layout';
import { kindDefinition, type NodeKind } from '../../domain/kinds';
import { nodeSize } from '../../domain/nodeSize';
import type { NodeDraft } from '../document/drafts';
import type { EditResult } from '../document/editError';
import { placeForLink, placeFree } from '../document/placement';
import type { CounterpointStore } from '../types';

export interface NewNodeLink {
  /** The existing node the new one links to; for an undercut, the link (edge id) it denies. */
  readonly other: string;
  readonly relation: Relation;
  readonly stance?: Stance;
  /** Why the relation holds (for a reading, the historian's reading). */
  readonly note?: string;
  /** Whether the new node is the link's `from` (a reason, evidence, a reading) or its `to`. */
  readonly newIs: 'from' | 'to';
}

/** A node draft; for a kind typed in place the fields may be left out: its text then starts as "New claim". */
export type NewNodeDraft = NodeDraft | { readonly kind: NodeKind };

export interface AddLinkedNodeRequest {
  readonly draft: NewNodeDraft;
  readonly link?: NewNodeLink;
  /** Exactly where (the top-left corner); by default beside what it links to, else free around `near`. */
  readonly at?: Point;
  /** Where the user is looking (the middle of the view), for a node placed on its own. */
  readonly near?: Point;
  /**
   * What follows: `type` selects it and opens its text for typing, and the undo step ends
   * when that text is committed (cancelling removes the node and its link); `reveal`
   * selects it and brings it into view; `select` only selects it; `none` leaves the selection.
   */
  readonly then?: 'type' | 'reveal' | 'select' | 'none';
  /** The part of the map in view: a node to be typed out of sight is brought into view first. */
  readonly visible?: { readonly x: number; readonly y: number; readonly width: number; readonly height: number };
  /** The zoom, to keep a typed node clear of the canvas's floating toolbars (about 70 screen pixels). */
  readonly zoom?: number;
}

export const placeholderText = (kind: string) => `New ${kind}`;

/**
 * The one way a node is added linked to another (or on its own): placed by the store's
 * placement rules, linked, selected, as one undo step; if anything is refused, nothing
 * stays (the node is taken back with its link) and the reason is returned.
 */
export function addLinkedNode(store: CounterpointStore, request: AddLinkedNodeRequest): EditResult<{ node: string; edge?: string }> {
  const state = store.getState();
  const before = state.doc;
  const { kind } = request.draft;
  const bare = !('text' in request.draft) && kindDefinition(kind).inlineEditable;
  const draft = (bare ? { ...request.draft, text: placeholderText(kind) } : request.draft) as NodeDraft;
  const at = request.at ?? (request.link ? placeForLink(before, request.link, kind) : placeFree(before, request.near ?? { x: 0, y: 0 }, kind));
  const ownGesture = state.gestureBase() === null;
  if (ownGesture) state.beginGesture();
  const rollBack = (message: string): EditResult<never> => {
    if (ownGesture) store.getState().cancelGesture();
    else store.setState({ doc: before });
    return { ok: false, message };
  };

  const added = store.getState().addNode(draft, at);
  if (!added.ok) return rollBack(added.message);
  let edge: string | undefined;
  if (request.link) {
    const { other, relation, stance, newIs, note } = request.link;
    const [from, to] = newIs === 'from' ? [added.value, other] : [other, added.value];
    const linked = store.getState().connect(from, to, relation, stance);
    if (!linked.ok) return rollBack(linked.message);
    edge = linked.value;
    const noted = note?.trim() ? store.getState().updateEdge(edge, { note: note.trim() }) : linked;
    if (!noted.ok) return rollBack(noted.message);
  }

  const then = request.then ?? 'select';
  const after = store.getState();
  if (then === 'type') {
    // The gesture stays open: the inline editor ends it when the text is committed, or cancels it.
    after.selectNode(added.value, { reveal: !inView(at, kind, request) });
    after.setEditing(added.value, { fresh: true });
    return { ok: true, value: { node: added.value, ...(edge ? { edge } : {}) } };
  }
  if (then === 'reveal') after.selectNode(added.value, { reveal: true });
  else if (then === 'select') after.select({ nodes: [added.value], edges: [] });
  if (ownGesture) after.endGesture();
  return { ok: true, value: { node: added.value, ...(edge ? { edge } : {}) } };
}

/** Whether a card placed at `at` would show whole in view, clear of the canvas's floating toolbars. */
function inView(at: Point, kind: string, { visible, zoom }: AddLinkedNodeRequest): boolean {
  if (!visible || !zoom || visible.width <= 0) return false;
  const { width, height } = nodeSize(kind);
  const inset = 70 / zoom;
  return at.x >= visible.x && at.x + width <= visible.x + visible.width && at.y >= visible.y + inset && at.y + height <= visible.y + visible.height - inset;
}
