import { describe, expect, it } from 'vitest';
import { nodeSize } from '../domain/nodeSize';
import { emptyMap, type ArgumentMap } from '../domain/schema/map';
import type { MapNode } from '../domain/schema/node';
import { fitZoom, OPENING_ZOOM, openingLanes, openingView, READABLE_ZOOM } from './openingView';
import { levelFor } from './levels/level';

/** A grid of claims, `cols` by `rows`, 400 by 300 apart; `central` marks some. */
function grid(cols: number, rows: number, central: string[] = []): ArgumentMap {
  const nodes: MapNode[] = [];
  const layout: Record<string, { x: number; y: number }> = {};
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const id = `c${r}-${c}`;
      nodes.push({ id, kind: 'claim', text: id, ...(central.includes(id) ? { central: true } : {}) });
      layout[id] = { x: c * 400, y: r * 300 };
    }
  }
  return { ...emptyMap('grid', 'Grid'), nodes, layout };
}

const VIEW = { width: 1200, height: 900 };

/** Where a node's box falls on screen under a viewport. */
function onScreen(map: ArgumentMap, id: string, v: { x: number; y: number; zoom: number }) {
  const at = map.layout[id]!;
  const { width, height } = nodeSize('claim');
  return { left: at.x * v.zoom + v.x, top: at.y * v.zoom + v.y, right: (at.x + width) * v.zoom + v.x, bottom: (at.y + height) * v.zoom + v.y };
}

describe('how a map opens', () => {
  it('readable zoom sets the cards\' 13 px text at 10 px or more on screen', () => {
    expect(13 * READABLE_ZOOM).toBeGreaterThanOrEqual(10);
    expect(READABLE_ZOOM).toBeLessThan(0.8);
  });

  it('fits a map whose cards read when it is fitted whole', () => {
    const map = grid(3, 2);
    expect(fitZoom({ x: 0, y: 0, width: 1060, height: 420 }, VIEW)).toBeGreaterThan(READABLE_ZOOM);
    expect(openingView(map, map.layout, VIEW)).toEqual({ kind: 'fit' });
  });

  it('opens a large map at a readable zoom on its first central claim in reading order, the claim in view', () => {
    const map = grid(12, 12, ['c7-2', 'c3-9', 'c3-5']);
    const opening = openingView(map, map.layout, VIEW);
    expect(opening.kind).toBe('readable');
    if (opening.kind !== 'readable') return;
    expect(opening.start).toBe('c3-5');
    expect(opening.viewport.zoom).toBe(OPENING_ZOOM);
    expect(13 * OPENING_ZOOM).toBeGreaterThanOrEqual(10);
    // Cards, whichever level of detail the view came from.
    expect(levelFor(OPENING_ZOOM, 'far')).toBe('close');
    const box = onScreen(map, 'c3-5', opening.viewport);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(VIEW.width);
    expect(box.top).toBeGreaterThanOrEqual(60);
    expect(box.bottom).toBeLessThanOrEqual(VIEW.height / 2);
  });

  it('without central claims, opens on the top left of the layout, with no empty canvas left of the map', () => {
    const map = grid(12, 12);
    const opening = openingView(map, map.layout, VIEW);
    if (opening.kind !== 'readable') throw new Error('expected a readable opening');
    expect(opening.start).toBe('c0-0');
    const box = onScreen(map, 'c0-0', opening.viewport);
    expect(box.left).toBeGreaterThan(0);
    expect(box.left).toBeLessThan(60);
  });

  it('opens swimlanes too wide to read at their top left', () => {
    const opening = openingLanes({ x: -300, y: -250, width: 6000, height: 3000 }, VIEW);
    if (opening.kind !== 'readable') throw new Error('expected a readable opening');
    expect(-300 * opening.viewport.zoom + opening.viewport.x).toBeGreaterThan(0);
    expect(-250 * opening.viewport.zoom + opening.viewport.y).toBe(0);
    expect(openingLanes({ x: 0, y: 0, width: 1200, height: 800 }, VIEW)).toEqual({ kind: 'fit' });
  });
});
