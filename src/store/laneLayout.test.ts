import { describe, expect, it } from 'vitest';
import { laneView } from '../domain/compare/laneView';
import { sampleStore } from './testing/fixtures';

describe('moving nodes in the swimlanes', () => {
  it('saves lane moves apart from the free layout, one undo step per drag, in both layouts', () => {
    const store = sampleStore();
    const s = () => store.getState();
    const free = s().doc.layout;
    const inLanes = laneView(s().doc).positions.c1!;

    s().moveNodes({ c1: { x: 999, y: 999 } });
    s().beginGesture();
    for (let i = 1; i <= 5; i++) s().moveLaneNodes({ c1: { x: inLanes.x + i * 10, y: inLanes.y } });
    s().endGesture();
    expect(laneView(s().doc).positions.c1).toEqual({ x: inLanes.x + 50, y: inLanes.y });
    expect(s().doc.layout.c1).toEqual({ x: 999, y: 999 });
    expect(store.temporal.getState().pastStates).toHaveLength(2);

    s().undo();
    expect(laneView(s().doc).positions.c1).toEqual(inLanes);
    expect(s().doc.layout.c1).toEqual({ x: 999, y: 999 });
    s().undo();
    expect(s().doc.layout).toBe(free);
  });

  it('forgets lane moves on reset (undoable) and drops those of deleted nodes', () => {
    const store = sampleStore();
    const s = () => store.getState();
    s().moveLaneNodes({ c1: { x: 5, y: 5 }, c2: { x: 600, y: 5 } });
    s().removeElements({ nodes: ['c2'] });
    expect(Object.keys(s().doc.laneLayout ?? {})).toEqual(['c1']);
    s().resetLanes();
    expect(s().doc).not.toHaveProperty('laneLayout');
    s().undo();
    expect(Object.keys(s().doc.laneLayout ?? {})).toEqual(['c1']);
  });
});
