import type { Point } from '../domain/schema/layout';
import { addLinkedNode, nodeById, selectPrimaryNodeId, type AddLinkedNodeRequest, type NewNodeLink } from '../store';
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

/**
 * Adds a node through the store's one operation (placed, linked, selected, one undo step),
 * with what only the interface knows: where the user is looking and what is in view. A
 * refusal is told to the user; nothing stays.
 */
export function addNodeFromUi(ctx: CommandContext, request: Omit<AddLinkedNodeRequest, 'near' | 'visible' | 'zoom'>): string | null {
  const state = ctx.store.getState();
  // A node typed in place needs the canvas showing.
  if (request.then === 'type' && state.view !== 'map') state.setView('map');
  const visible = ctx.canvas.current?.visibleArea();
  const zoom = ctx.store.getState().viewport?.zoom;
  const added = addLinkedNode(ctx.store, { ...request, near: viewCenter(ctx), ...(visible ? { visible } : {}), ...(zoom ? { zoom } : {}) });
  if (!added.ok) {
    ctx.store.getState().notify({ tone: 'error', text: added.message });
    return null;
  }
  return added.value.node;
}

/** Creates a node to be typed in place (optionally linked to another), as one undo step with its text. */
export function createNode(ctx: CommandContext, kind: 'claim' | 'objection' | 'note', link?: NewNodeLink, at?: Point): string | null {
  return addNodeFromUi(ctx, { draft: { kind }, ...(link ? { link } : {}), ...(at ? { at } : {}), then: 'type' });
}
