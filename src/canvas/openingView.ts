import { nodeSize } from '../domain/nodeSize';
import { placeOf, type Layout } from '../domain/schema/layout';
import type { ArgumentMap } from '../domain/schema/map';
import type { Viewport } from '../store';
import { CLOSE_ZOOM, HYSTERESIS } from './levels/level';

/** The text of a card (claim, objection, quote) is set at 13 px in canvas.css. */
const CARD_TEXT_PX = 13;
/** The smallest size at which a card's text still reads on screen. */
const MIN_SCREEN_TEXT_PX = 10;
/** Below this zoom the cards' text is too small to read: about 0.77. */
export const READABLE_ZOOM = MIN_SCREEN_TEXT_PX / CARD_TEXT_PX;
/**
 * The zoom a large map opens at: readable, and just inside the close level of detail's
 * hysteresis (src/canvas/levels), so the cards show whatever level the view came from.
 */
export const OPENING_ZOOM = CLOSE_ZOOM * (1 + HYSTERESIS);

/** The padding and the largest zoom "fit the map" uses (fitShown), as a fraction of the view. */
export const FIT_PADDING = 0.12;
export const FIT_MAX_ZOOM = 1.1;

/** Room kept clear at the top of the view for the canvas's floating toolbar, and at the sides. */
const MARGIN = { top: 64, side: 24, bottom: 72 };

interface Rect {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

export type Opening = { readonly kind: 'fit' } | { readonly kind: 'readable'; readonly viewport: Viewport; readonly start: string | null };

/** The zoom "fit the map" would pick for a box in a view of this size (React Flow's own rule). */
export function fitZoom(box: Rect, view: Size): number {
  const pad = (side: number) => Math.floor((side - side / (1 + FIT_PADDING)) * 0.5) * 2;
  return Math.min((view.width - pad(view.width)) / box.width, (view.height - pad(view.height)) / box.height, FIT_MAX_ZOOM);
}

/**
 * How a map opens when the user has no view of it yet: fitted whole when its cards can be
 * read that way; else at a readable zoom, framed on where the argument starts (the first
 * central claim and what is linked to it, or the top left of the layout), with as much of
 * the map around it as the view holds. "Fit the whole map" stays one key away.
 */
export function openingView(doc: ArgumentMap, layout: Layout, view: Size): Opening {
  const boxes = doc.nodes.flatMap((n) => {
    const at = placeOf(layout, n.id);
    return at ? [{ id: n.id, x: at.x, y: at.y, ...nodeSize(n.kind) }] : [];
  });
  if (boxes.length === 0 || view.width <= 0 || view.height <= 0) return { kind: 'fit' };
  const all = union(boxes);
  if (fitZoom(all, view) >= READABLE_ZOOM) return { kind: 'fit' };

  const start = startNode(doc, boxes);
  const around = new Set([start.id]);
  for (const e of doc.edges) {
    if (e.from === start.id) around.add(e.to);
    if (e.to === start.id) around.add(e.from);
  }
  const near = union(boxes.filter((b) => around.has(b.id)));
  const zoom = OPENING_ZOOM;
  const room = { width: view.width - 2 * MARGIN.side, height: view.height - MARGIN.top - MARGIN.bottom };
  // The start and its links when they fit; else the start itself, at the top (reasons hang below it).
  const target = near.width * zoom <= room.width ? near : start;
  let x = MARGIN.side + room.width / 2 - (target.x + target.width / 2) * zoom;
  // Near the top, with a little room above (works that assess the start sit there), so what hangs below shows.
  const above = room.height * 0.12;
  const top = near.height * zoom <= room.height - above ? near : start;
  let y = MARGIN.top + above - top.y * zoom;
  // No empty canvas beside the map where there is more map to show on the other side.
  x = clampAxis(x, all.x, all.width, zoom, MARGIN.side, view.width - MARGIN.side);
  y = clampAxis(y, all.y, all.height, zoom, MARGIN.top, view.height - MARGIN.bottom);
  return { kind: 'readable', viewport: { x, y, zoom }, start: start.id };
}

/**
 * The lanes open at their top left (headers and question labels) when fitting them whole
 * would make the cards unreadable.
 */
export function openingLanes(frame: Rect, view: Size): Opening {
  if (fitZoom(frame, view) >= READABLE_ZOOM) return { kind: 'fit' };
  return { kind: 'readable', viewport: { x: MARGIN.side - frame.x * OPENING_ZOOM, y: -frame.y * OPENING_ZOOM, zoom: OPENING_ZOOM }, start: null };
}

/**
 * Where reading starts: the first central claim in reading order (top to bottom, then left to
 * right, as the layout puts conclusions on top), else the node nearest the top left.
 */
function startNode<T extends Rect & { id: string }>(doc: ArgumentMap, boxes: readonly T[]): T {
  const central = new Set(doc.nodes.filter((n) => n.kind === 'claim' && n.central).map((n) => n.id));
  const candidates = boxes.filter((b) => central.has(b.id));
  // Nodes less than half a card apart in height are on one row.
  const row = (b: Rect) => Math.round(b.y / 60);
  if (candidates.length) return candidates.reduce((best, b) => (row(b) < row(best) || (row(b) === row(best) && b.x < best.x) ? b : best));
  return boxes.reduce((best, b) => (b.y + b.x < best.y + best.x ? b : best));
}

/** Moves the view along one axis so the map's edge is not left short of the view's edge when the map is larger than the view. */
function clampAxis(offset: number, start: number, length: number, zoom: number, low: number, high: number): number {
  const first = start * zoom + offset;
  const last = (start + length) * zoom + offset;
  if (length * zoom <= high - low) return offset + (low + (high - low - length * zoom) / 2 - first);
  if (first > low) return offset - (first - low);
  if (last < high) return offset + (high - last);
  return offset;
}

function union(boxes: readonly Rect[]): Rect {
  const x = Math.min(...boxes.map((b) => b.x));
  const y = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x, y, width: right - x, height: bottom - y };
}
