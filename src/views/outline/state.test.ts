import { describe, expect, it } from 'vitest';
import { sampleStore } from '../../store/testing/fixtures';
import { outlineState, setOutlineThesis } from './state';

describe('the outline view state', () => {
  it('remembers the outline thesis outside the undo history', () => {
    const store = sampleStore();
    setOutlineThesis(store, 'c2');
    expect(outlineState.select(store.getState()).thesis).toBe('c2');
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });
});
