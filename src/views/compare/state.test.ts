import { describe, expect, it } from 'vitest';
import { sampleStore } from '../../store/testing/fixtures';
import { compareState, setCompareMode, setComparePositions } from './state';

describe('the compare view state', () => {
  it('remembers the chosen positions without repeats, the layout mode and the compare mode, none of it undoable', () => {
    const store = sampleStore();
    const s = () => store.getState();
    setComparePositions(store, ['men', 'bol', 'men']);
    s().setLayoutMode('lanes');
    setCompareMode(store, 'timeline');
    expect([compareState.select(s()).positions, s().layoutMode, compareState.select(s()).mode]).toEqual([['men', 'bol'], 'lanes', 'timeline']);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('keeps its state object while nothing changes, so views subscribed to it do not re-render', () => {
    const store = sampleStore();
    setComparePositions(store, ['men', 'bol']);
    const before = compareState.select(store.getState());
    setCompareMode(store, 'matrix');
    expect(compareState.select(store.getState())).toBe(before);
  });
});
