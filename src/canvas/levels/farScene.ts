import { nodeSize } from '../../domain/nodeSize';
import type { ArgumentMap } from '../../domain/schema/map';
import { shortTitle } from './level';
import { placeOf } from '../../domain/schema/layout';

/** A claim as the far level draws it: a block in its position's colour, where its card is. */
export interface FarBlock {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
  readonly color: string;
  /** The claim's position, if it has one the map defines. */
  readonly position: string | null;
  readonly title: string;
  readonly central: boolean;
}

export interface FarScene {
  readonly blocks: readonly FarBlock[];
  /** Links between two claims only, as pairs of block indices. */
  readonly links: readonly (readonly [number, number, 'for' | 'against' | 'other'])[];
}

const NEUTRAL = '#7d93b8';

/** The far level of a map: claims at their places (never moved), and the links between them. */
export function farScene(doc: ArgumentMap, positionOf: (id: string) => { x: number; y: number } | undefined = (id) => placeOf(doc.layout, id)): FarScene {
  const colors = new Map(doc.positions.map((p) => [p.id, p.color]));
  const blocks: FarBlock[] = [];
  const index = new Map<string, number>();
  for (const node of doc.nodes) {
    const at = node.kind === 'claim' ? positionOf(node.id) : undefined;
    if (!at) continue;
    index.set(node.id, blocks.length);
    blocks.push({
      id: node.id,
      x: at.x,
      y: at.y,
      ...nodeSize('claim'),
      color: (node.kind === 'claim' && node.position && colors.get(node.position)) || NEUTRAL,
      position: node.kind === 'claim' && node.position && colors.has(node.position) ? node.position : null,
      title: node.kind === 'claim' ? shortTitle(node.title ?? node.text) : '',
      central: node.kind === 'claim' && node.central === true,
    });
  }
  const links: [number, number, 'for' | 'against' | 'other'][] = [];
  for (const edge of doc.edges) {
    const a = index.get(edge.from);
    const b = index.get(edge.to);
    if (a === undefined || b === undefined) continue;
    links.push([a, b, edge.relation === 'supports' ? 'for' : edge.relation === 'attacks' ? 'against' : 'other']);
  }
  return { blocks, links };
}

/** The block under a point of the map (the topmost, as drawn last), if any. */
export function blockAt(scene: FarScene, x: number, y: number): FarBlock | undefined {
  for (let i = scene.blocks.length - 1; i >= 0; i--) {
    const b = scene.blocks[i]!;
    if (x >= b.x && x <= b.x + b.width && y >= b.y && y <= b.y + b.height) return b;
  }
  return undefined;
}

/** A far title's box on the map, in map units. */
export interface PlacedTitle {
  readonly block: FarBlock;
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/**
 * The titles that can be shown at a zoom without overlapping on screen, central claims first,
 * then top to bottom. A title is as wide as its block on screen or `minWidth` px, whichever is
 * more, and two lines of `fontPx` high: on its block, else under it, else over it. `space`
 * holds what is already shown (the positions' names), which titles keep clear of.
 */
export function placeTitles(scene: FarScene, zoom: number, fontPx: number, minWidth = 130, space = new ScreenSpace()): PlacedTitle[] {
  const height = fontPx * 1.25 * 2 + 4;
  const order = [...scene.blocks].sort((a, b) => Number(b.central) - Number(a.central) || a.y - b.y || a.x - b.x);
  const shown: PlacedTitle[] = [];
  for (const b of order) {
    const w = Math.max(b.width * zoom, minWidth);
    const left = (b.x + b.width / 2) * zoom - w / 2;
    // On the block if there is room, else just under it, else just over it.
    const spots = [(b.y + b.height / 2) * zoom - height / 2, (b.y + b.height) * zoom + 2, b.y * zoom - height - 2];
    for (const top of spots) {
      if (!space.claim({ x: left, y: top, w, h: height })) continue;
      shown.push({ block: b, left: left / zoom, top: top / zoom, width: w / zoom, height: height / zoom });
      break;
    }
  }
  return shown;
}

export interface ScreenRect {
  readonly x: number;
  readonly y: number;
  readonly w: number;
  readonly h: number;
}

/** Screen rectangles taken so far, on a coarse grid so that placing thousands stays near linear. */
export class ScreenSpace {
  private readonly taken: ScreenRect[] = [];
  private readonly grid = new Map<string, number[]>();

  /** Whether `r` overlaps nothing taken. */
  free(r: ScreenRect): boolean {
    for (const k of cellsOf(r)) for (const i of this.grid.get(k) ?? []) if (overlaps(this.taken[i]!, r)) return false;
    return true;
  }

  /** Takes `r` if it overlaps nothing taken; false (and nothing taken) if it does. */
  claim(r: ScreenRect): boolean {
    if (!this.free(r)) return false;
    for (const k of cellsOf(r)) {
      const here = this.grid.get(k);
      if (here) here.push(this.taken.length);
      else this.grid.set(k, [this.taken.length]);
    }
    this.taken.push(r);
    return true;
  }
}

const CELL = 200;

function cellsOf(r: ScreenRect): string[] {
  const out: string[] = [];
  for (let gx = Math.floor(r.x / CELL); gx <= Math.floor((r.x + r.w) / CELL); gx++) for (let gy = Math.floor(r.y / CELL); gy <= Math.floor((r.y + r.h) / CELL); gy++) out.push(`${gx},${gy}`);
  return out;
}

const overlaps = (a: ScreenRect, b: ScreenRect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;

/** What folds into a claim or objection at the middle level: the passages, works and notes linked to it. */
export function foldedCounts(doc: ArgumentMap): Map<string, { passages: number; works: number; notes: number }> {
  const kinds = new Map(doc.nodes.map((n) => [n.id, n.kind]));
  const out = new Map<string, { passages: number; works: number; notes: number }>();
  const add = (host: string, kind: string) => {
    const hostKind = kinds.get(host);
    if (hostKind !== 'claim' && hostKind !== 'objection') return;
    const c = out.get(host) ?? { passages: 0, works: 0, notes: 0 };
    if (kind === 'passage') c.passages++;
    else if (kind === 'work') c.works++;
    else if (kind === 'note') c.notes++;
    else return;
    out.set(host, c);
  };
  for (const e of doc.edges) {
    add(e.to, kinds.get(e.from) ?? '');
    add(e.from, kinds.get(e.to) ?? '');
  }
  return out;
}
