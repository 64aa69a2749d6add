import { nodeSize } from '../domain/nodeSize';
import type { Relation } from '../domain/schema/edge';
import type { Point } from '../domain/schema/layout';
import type { NodeKind } from '../domain/schema/node';
import { placeFree, placeNear } from '../canvas/layout/placement';
import { placeholderText } from '../canvas/ConnectMenu';
import { nodeById, selectPrimaryNodeId, type NodeDraft } from '../store';
import type { CommandContext } from './types';

export const primaryNode = (ctx: CommandContext) => {
  const s = ctx.store.getState();
  const id = selectPrimaryNodeId(s);
  return id ? nodeById(s.doc, id) : undefined;
};

export const hasSelection = (ctx: CommandContext) => {
  const { selection } = ctx.store.getState();
  return selection.nodes.length + selection.edges.length > 0;
};

export const onMapView = (ctx: CommandContext) => ctx.store.getState().view === 'map';

/** The middle of what the user sees, or the middle of the map when the canvas is not shown. */
export function viewCenter(ctx: CommandContext): Point {
  const fromCanvas = ctx.canvas.current?.viewportCenter();
  if (fromCanvas) return fromCanvas;
  const points = Object.values(ctx.store.getState().doc.layout);
  if (points.length === 0) return { x: 0, y: 0 };
  return { x: points.reduce((a, p) => a + p.x, 0) / points.length, y: points.reduce((a, p) => a + p.y, 0) / points.length };
}

export interface NewNodeLink {
  /** The existing node the new one links to. */
  readonly other: string;
  readonly relation: Relation;
  /** Whether the new node is the link's `from` (a reason) or its `to` (what is argued for). */
  readonly newIs: 'from' | 'to';
}

/**
 * Creates a node (optionally linked to another) as one undo step with the text the user
 * then types inline; the node is placed next to its neighbour, or in the middle of the view.
 */
export function createNode(ctx: CommandContext, kind: Extract<NodeKind, 'claim' | 'objection' | 'note'>, link?: NewNodeLink, at?: Point): string | null {
  const state = ctx.store.getState();
  if (state.view !== 'map') state.setView('map');
  const place =
    at ??
    (link ? placeNear(state.doc, link.other, link.newIs === 'from' ? 'below' : 'above', kind) : placeFree(state.doc, viewCenter(ctx), kind));
  state.beginGesture();
  const draft = { kind, text: placeholderText(state.doc, kind) } as NodeDraft;
  const added = state.addNode(draft, place);
  if (!added.ok) {
    state.cancelGesture();
    state.notify({ tone: 'error', text: added.message });
    return null;
  }
  if (link) {
    const [from, to] = link.newIs === 'from' ? [added.value, link.other] : [link.other, added.value];
    const linked = ctx.store.getState().connect(from, to, link.relation);
    if (!linked.ok) {
      ctx.store.getState().cancelGesture();
      state.notify({ tone: 'error', text: linked.message });
      return null;
    }
  }
  selectForTyping(ctx, added.value, place, kind);
  return added.value;
}

/**
 * Selects a node just made and opens its text for typing, bringing it into view first when
 * it was placed out of sight (its editor could not show, nor the user see what they type).
 */
export function selectForTyping(ctx: CommandContext, id: string, at: Point, kind: string): void {
  const state = ctx.store.getState();
  state.selectNode(id, { reveal: !isInView(ctx, at, kind) });
  state.setEditing(id, { fresh: true });
}

/** Whether a card placed at `at` would show whole in the canvas, clear of its floating toolbars. */
function isInView(ctx: CommandContext, at: Point, kind: string): boolean {
  const area = ctx.canvas.current?.visibleArea();
  const zoom = ctx.store.getState().viewport?.zoom;
  if (!area || !zoom || area.width <= 0) return false;
  const { width, height } = nodeSize(kind);
  // About 70 screen pixels at the top and bottom are covered by the canvas's toolbars.
  const inset = 70 / zoom;
  return at.x >= area.x && at.x + width <= area.x + area.width && at.y >= area.y + inset && at.y + height <= area.y + area.height - inset;
}
