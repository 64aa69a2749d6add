import { describe, expect, it } from 'vitest';
import { laneView } from '../../domain/compare/laneView';
import { selectVisibility } from '../../store';
import { sampleStore } from '../../store/testing/fixtures';
import { inLanes, selectFlowVisibility, shownLayout } from './laneSelectors';

describe('the canvas in the swimlanes', () => {
  it('hides passages, works and notes and the links that end at them, on top of what filters hide', () => {
    const store = sampleStore();
    const s = () => store.getState();
    expect(selectFlowVisibility(s())).toBe(selectVisibility(s()));
    s().setLayoutMode('lanes');
    s().setFilters({ hiddenPositions: ['men'] });
    const shown = selectFlowVisibility(s());
    expect([...shown.hiddenNodes].sort()).toEqual(['c2', 'n1', 'o1', 'p1', 'w1']);
    // e2 (o1 attacks c1) hides with its filtered objection; e3 (c1 contrasts c2) with c2.
    expect([...shown.hiddenEdges].sort()).toEqual(['e1', 'e2', 'e3', 'e4']);
    expect(selectFlowVisibility(s())).toBe(shown);
  });

  it('draws nodes where the lanes put them, and reads the free layout otherwise', () => {
    const store = sampleStore();
    const s = () => store.getState();
    expect(shownLayout(s())).toBe(s().doc.layout);
    s().setLayoutMode('lanes');
    expect(shownLayout(s())).toEqual(laneView(s().doc).positions);
    expect(inLanes(s().doc).layout).toEqual(laneView(s().doc).positions);
    expect(inLanes(s().doc).nodes).toBe(s().doc.nodes);
    expect(inLanes(s().doc)).toBe(inLanes(s().doc));
  });
});
