import { describe, expect, it } from 'vitest';
import { sampleStore } from './testing/fixtures';

describe('saved outlines in the store', () => {
  it('saves an arrangement as one undo step, and records nothing when it is unchanged', () => {
    const store = sampleStore();
    const s = () => store.getState();
    const original = s().doc;
    expect(s().saveOutline({ thesis: 'c1', excluded: ['link:e2'], notes: { 'node:c1': 'Open with this.' } }).ok).toBe(true);
    expect(s().doc.outlines).toEqual([{ thesis: 'c1', excluded: ['link:e2'], notes: { 'node:c1': 'Open with this.' } }]);
    expect(store.temporal.getState().pastStates).toHaveLength(1);

    const before = s().doc;
    s().saveOutline({ thesis: 'c1', excluded: ['link:e2'], notes: { 'node:c1': 'Open with this.' } });
    expect(s().doc).toBe(before);
    expect(store.temporal.getState().pastStates).toHaveLength(1);

    s().undo();
    expect(s().doc).toBe(original);
  });

  it('removes an outline that becomes empty', () => {
    const store = sampleStore();
    store.getState().saveOutline({ thesis: 'c1', style: 'apa' });
    store.getState().saveOutline({ thesis: 'c1' });
    expect(store.getState().doc.outlines).toBeUndefined();
  });

  it('drops the saved outline of a deleted thesis, and keeps the others', () => {
    const store = sampleStore();
    const s = () => store.getState();
    s().saveOutline({ thesis: 'c1', style: 'apa' });
    s().saveOutline({ thesis: 'c2', depth: 2 });
    s().removeElements({ nodes: ['c1'] });
    expect(s().doc.outlines).toEqual([{ thesis: 'c2', depth: 2 }]);
    s().removeElements({ nodes: ['c2'] });
    expect('outlines' in s().doc).toBe(false);
    s().undo();
    expect(s().doc.outlines).toEqual([{ thesis: 'c2', depth: 2 }]);
  });
});
