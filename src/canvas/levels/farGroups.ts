import type { Position } from '../../domain/schema/position';
import { ScreenSpace, type FarBlock, type FarScene } from './farScene';

/**
 * A position's ground at the far level: its claims that stand near one another, drawn as one
 * tinted area with the position's name over it, so a map fitted whole reads as territories
 * ("the Mensheviks here, Trotsky there") without moving any card.
 */
export interface FarGroup {
  readonly position: string;
  readonly label: string;
  readonly color: string;
  /** The blocks' boxes grown by the margin, in map units: their union is the area. */
  readonly areas: readonly Box[];
  /** The area's bounds, in map units. */
  readonly bounds: Box;
  readonly size: number;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** How far a position's area reaches round each of its claims, in map units. */
export const GROUP_MARGIN = 56;

/**
 * The areas of each position: claims whose grown boxes touch are one area (a position split
 * across the map makes several). Claims with no position belong to none.
 */
export function farGroups(scene: FarScene, positions: readonly Position[], margin = GROUP_MARGIN): FarGroup[] {
  const byPosition = new Map<string, FarBlock[]>();
  for (const b of scene.blocks) {
    if (!b.position) continue;
    const list = byPosition.get(b.position) ?? [];
    list.push(b);
    byPosition.set(b.position, list);
  }
  const groups: FarGroup[] = [];
  for (const position of positions) {
    const blocks = byPosition.get(position.id);
    if (!blocks) continue;
    for (const cluster of touchingClusters(blocks.map((b) => grow(b, margin)))) {
      groups.push({ position: position.id, label: position.label, color: position.color, areas: cluster, bounds: boundsOf(cluster), size: cluster.length });
    }
  }
  return groups;
}

const grow = (b: Box, m: number): Box => ({ x: b.x - m, y: b.y - m, width: b.width + 2 * m, height: b.height + 2 * m });

const touches = (a: Box, b: Box) => a.x <= b.x + b.width && b.x <= a.x + a.width && a.y <= b.y + b.height && b.y <= a.y + a.height;

/** Boxes joined into clusters of touching boxes: union-find over a grid, near linear. */
function touchingClusters(boxes: readonly Box[]): Box[][] {
  const parent = boxes.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const cell = Math.max(1, ...boxes.map((b) => Math.max(b.width, b.height)));
  const grid = new Map<string, number[]>();
  boxes.forEach((box, i) => {
    const gx = Math.floor(box.x / cell);
    const gy = Math.floor(box.y / cell);
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const j of grid.get(`${gx + dx},${gy + dy}`) ?? []) if (touches(box, boxes[j]!)) parent[find(i)] = find(j);
    const key = `${gx},${gy}`;
    const here = grid.get(key);
    if (here) here.push(i);
    else grid.set(key, [i]);
  });
  const clusters = new Map<number, Box[]>();
  boxes.forEach((box, i) => {
    const root = find(i);
    const cluster = clusters.get(root);
    if (cluster) cluster.push(box);
    else clusters.set(root, [box]);
  });
  return [...clusters.values()];
}

function boundsOf(boxes: readonly Box[]): Box {
  const left = Math.min(...boxes.map((b) => b.x));
  const top = Math.min(...boxes.map((b) => b.y));
  const right = Math.max(...boxes.map((b) => b.x + b.width));
  const bottom = Math.max(...boxes.map((b) => b.y + b.height));
  return { x: left, y: top, width: right - left, height: bottom - top };
}

/** A position's name placed over its area, in map units. */
export interface PlacedGroupLabel {
  readonly group: FarGroup;
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

/** The fewest claims an area needs to be named: smaller ones read by their colour alone. */
export const MIN_NAMED_AREA = 3;

/**
 * The positions' names that fit on screen at a zoom: each position named once, over its
 * biggest area if that has `MIN_NAMED_AREA` claims or more, at its top left corner, else
 * inside it, else under it; never over a claim's block, nor over what `space` already holds.
 */
export function placeGroupLabels(groups: readonly FarGroup[], scene: FarScene, zoom: number, fontPx: number, space: ScreenSpace): PlacedGroupLabel[] {
  const biggest = new Map<string, FarGroup>();
  for (const g of groups) if (g.size >= MIN_NAMED_AREA && g.size > (biggest.get(g.position)?.size ?? 0)) biggest.set(g.position, g);
  const blocks = new ScreenSpace();
  for (const b of scene.blocks) blocks.claim({ x: b.x * zoom, y: b.y * zoom, w: b.width * zoom, h: b.height * zoom });
  const height = Math.ceil(fontPx * 1.3) + 6;
  const shown: PlacedGroupLabel[] = [];
  for (const g of [...biggest.values()].sort((a, b) => b.size - a.size)) {
    const width = Math.ceil(Math.min(g.label.length, 60) * fontPx * 0.62) + 16;
    const left = g.bounds.x * zoom;
    const spots = [g.bounds.y * zoom - height - 2, g.bounds.y * zoom + 2, (g.bounds.y + g.bounds.height) * zoom + 2];
    for (const top of spots) {
      const r = { x: left, y: top, w: width, h: height };
      if (!blocks.free(r) || !space.claim(r)) continue;
      shown.push({ group: g, left: left / zoom, top: top / zoom, width: width / zoom, height: height / zoom });
      break;
    }
  }
  return shown;
}
