import { describe, expect, it } from 'vitest';
import { loadMap, loadMapValue } from '../loader';
import { NODE_SIZES } from '../nodeSize';
import type { ArgumentMap } from '../schema/map';
import { serializeMap } from '../serialize';
import { laneView, moveInLanes, resetLanes } from './laneView';
import { claim, debate, objection, passage, work } from './testing';

const map = debate({
  positions: ['men', 'bol'],
  questions: ['who', 'stages'],
  nodes: [
    claim('m1', 'men', 'who'),
    claim('b1', 'bol', 'who'),
    claim('b2', 'bol', 'stages'),
    objection('free', undefined, 'stages'),
    passage('p1', 'The bourgeoisie will lead.'),
    work('w1'),
  ],
  edges: [
    ['m1', 'contrasts', 'b1'],
    ['p1', 'states', 'm1'],
    ['w1', 'assesses', 'b1', 'supports'],
  ],
});

const noReader = { readSource: () => ({ status: 'missing' as const }) };

describe('laneView', () => {
  it('has a lane per position in map order, then one for what no position holds', () => {
    expect(laneView(map).lanes.map((l) => l.positionId)).toEqual(['men', 'bol', null]);
    expect(laneView(map).positions.free!.x).toBe(laneView(map).lanes[2]!.x);
  });

  it('shows claims and objections only; passages and works keep to the free layout', () => {
    expect(Object.keys(laneView(map).positions).sort()).toEqual(['b1', 'b2', 'free', 'm1']);
  });

  it('puts rival answers to one question side by side, in one row', () => {
    const { positions } = laneView(map);
    expect(positions.m1!.y).toBe(positions.b1!.y);
    expect(positions.b1!.x - positions.m1!.x).toBeGreaterThan(NODE_SIZES.claim.width);
    expect(positions.b2!.y).toBeGreaterThan(positions.b1!.y + NODE_SIZES.claim.height);
  });

  it('bounds every lane and every node, a moved one included', () => {
    const moved = moveInLanes(map, { m1: { x: -900, y: 2000 } });
    const { bounds } = laneView(moved);
    expect(bounds.x).toBe(-900);
    expect(bounds.y + bounds.height).toBe(2000 + NODE_SIZES.claim.height);
    expect(laneView(map).bounds.x).toBe(0);
  });
});

describe('moveInLanes', () => {
  it('saves a move as an offset from the cell and draws the node where it was dropped', () => {
    const { positions } = laneView(map);
    const to = { x: positions.b1!.x + 33.333, y: positions.b1!.y + 50 };
    const moved = moveInLanes(map, { b1: to });
    expect(moved.laneLayout).toEqual({ b1: { x: 33.33, y: 50 } });
    expect(laneView(moved).positions.b1).toEqual({ x: 33.33 + laneView(map).lanes[1]!.x, y: to.y });
    expect(moved.layout).toBe(map.layout);
  });

  it('returns the same map when nothing moves, and ignores nodes the lanes do not show', () => {
    expect(moveInLanes(map, { p1: { x: 5, y: 5 }, ghost: { x: 1, y: 1 } })).toBe(map);
    const moved = moveInLanes(map, { m1: { x: 10, y: 10 } });
    expect(moveInLanes(moved, { m1: { x: 10, y: 10 } })).toBe(moved);
  });

  it('keeps a moved node in its lane when it changes hands, and in its row when a row above grows', () => {
    const moved = moveInLanes(map, { b2: { x: laneView(map).lanes[1]!.x + 20, y: laneView(map).positions.b2!.y + 10 } });
    const rehomed: ArgumentMap = { ...moved, nodes: moved.nodes.map((n) => (n.id === 'b2' && n.kind === 'claim' ? { ...n, position: 'men' } : n)) };
    expect(laneView(rehomed).positions.b2!.x).toBe(laneView(rehomed).lanes[0]!.x + 20);

    const crowded = { ...moved, nodes: [...moved.nodes, claim('b3', 'bol', 'who')] };
    const stages = laneView(crowded).rows.find((r) => r.questionId === 'stages')!;
    expect(laneView(crowded).positions.b2!.y).toBe(stages.y + laneView(moved).positions.b2!.y - laneView(moved).rows[1]!.y);
  });
});

describe('resetLanes', () => {
  it('forgets every move in the lanes and nothing else', () => {
    const moved = moveInLanes(map, { m1: { x: 1, y: 1 } });
    const reset = resetLanes(moved);
    expect(reset).not.toHaveProperty('laneLayout');
    expect(laneView(reset).positions).toEqual(laneView(map).positions);
    expect(resetLanes(map)).toBe(map);
  });
});

describe('laneLayout in the map file', () => {
  it('saves and loads back, and a map without one stays without one', () => {
    const moved = moveInLanes(map, { m1: { x: 12.5, y: -4 } });
    const loaded = loadMap(serializeMap(moved), noReader);
    expect(loaded.ok && loaded.map.laneLayout).toEqual({ m1: { x: 12.5, y: -4 } });
    expect(serializeMap(map)).not.toContain('laneLayout');
  });

  it('drops saved lane positions of nodes that are gone, saying so', () => {
    const loaded = loadMapValue({ ...JSON.parse(serializeMap(map)), laneLayout: { m1: { x: 1, y: 2 }, gone: { x: 0, y: 0 } } }, noReader);
    expect(loaded.ok && loaded.map.laneLayout).toEqual({ m1: { x: 1, y: 2 } });
    expect(loaded.problems.map((p) => [p.code, p.path])).toContainEqual(['LAYOUT_ORPHAN', '$.laneLayout.gone']);
  });

  it('refuses a lane position that is not a point', () => {
    const loaded = loadMapValue({ ...JSON.parse(serializeMap(map)), laneLayout: { m1: { x: 'left', y: 2 } } }, noReader);
    expect(loaded.ok).toBe(false);
    expect(loaded.problems.map((p) => p.path)).toContain('$.laneLayout.m1.x');
  });
});
