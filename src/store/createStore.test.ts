import { describe, expect, it } from 'vitest';
import { sampleStore } from './testing/fixtures';

describe('the document slice and undo', () => {
  it('undoes and redoes every kind of edit', () => {
    const store = sampleStore();
    const s = () => store.getState();
    const original = s().doc;
    const added = s().addNode({ kind: 'claim', text: 'A new claim' }, { x: 10, y: 20 });
    expect(added).toEqual({ ok: true, value: 'claim-1' });
    expect(s().connect('claim-1', 'c1', 'supports')).toEqual({ ok: true, value: 'e-1' });
    expect(s().updateNode('claim-1', { text: 'Edited' }).ok).toBe(true);
    expect(s().removeElements({ nodes: ['c2'] }).ok).toBe(true);
    expect(store.temporal.getState().pastStates).toHaveLength(4);

    s().undo();
    expect(s().doc.nodes.some((n) => n.id === 'c2')).toBe(true);
    s().undo();
    expect(s().doc.nodes.find((n) => n.id === 'claim-1')).toMatchObject({ text: 'A new claim' });
    s().undo();
    s().undo();
    expect(s().doc).toBe(original);
    s().redo();
    s().redo();
    expect(s().doc.edges.at(-1)).toMatchObject({ id: 'e-1', from: 'claim-1', to: 'c1', relation: 'supports' });
  });

  it('keeps at least 200 steps', () => {
    const store = sampleStore();
    const original = store.getState().doc;
    for (let i = 1; i <= 250; i++) store.getState().moveNodes({ c1: { x: i, y: 0 } });
    expect(store.temporal.getState().pastStates.length).toBeGreaterThanOrEqual(200);
    for (let i = 0; i < 200; i++) store.getState().undo();
    expect(store.getState().doc.layout.c1).toEqual({ x: 50, y: 0 });
    for (let i = 0; i < 50; i++) store.getState().undo();
    expect(store.getState().doc).toBe(original);
  });

  it('records a drag as one step, however many moves it made', () => {
    const store = sampleStore();
    const s = () => store.getState();
    s().beginGesture();
    for (let i = 1; i <= 30; i++) s().moveNodes({ c1: { x: i * 3, y: i } });
    s().endGesture();
    expect(s().doc.layout.c1).toEqual({ x: 90, y: 30 });
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    s().undo();
    expect(s().doc.layout.c1).toEqual({ x: 0, y: 0 });
    s().redo();
    expect(s().doc.layout.c1).toEqual({ x: 90, y: 30 });
  });

  it('records nothing for a gesture that changed nothing, and undo waits for a gesture to end', () => {
    const store = sampleStore();
    store.getState().moveNodes({ c1: { x: 1, y: 1 } });
    store.getState().beginGesture();
    store.getState().undo();
    expect(store.getState().doc.layout.c1).toEqual({ x: 1, y: 1 });
    store.getState().endGesture();
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    expect(store.temporal.getState().isTracking).toBe(true);
  });

  it('never puts selection, filters, focus or viewport on the undo stack', () => {
    const store = sampleStore();
    const s = () => store.getState();
    s().selectNode('c1');
    s().setFilters({ hiddenKinds: ['note'] });
    s().setFocusHops(2);
    s().setViewport({ x: 1, y: 2, zoom: 1.5 });
    s().toggleCollapsed('c1');
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('returns a refused edit\'s reason and leaves the map and history alone', () => {
    const store = sampleStore();
    const before = store.getState().doc;
    expect(store.getState().connect('w1', 'p1', 'supports')).toEqual({ ok: false, message: 'A work cannot support a passage.' });
    expect(store.getState().updateNode('c1', { text: '' })).toEqual({ ok: false, message: 'The text cannot be empty.' });
    expect(store.getState().doc).toBe(before);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('starts a fresh history and view when another map is opened', () => {
    const store = sampleStore();
    store.getState().moveNodes({ c1: { x: 5, y: 5 } });
    store.getState().selectNode('c1');
    store.getState().openDocument({ ...store.getState(), key: 'other', origin: 'local', map: { ...store.getState().doc, id: 'other' }, problems: [] });
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    expect(store.getState().selection.nodes).toEqual([]);
    expect(store.getState().mapKey).toBe('other');
  });

  it('drops deleted nodes from the selection', () => {
    const store = sampleStore();
    store.getState().select({ nodes: ['c1', 'c2'], edges: ['e3'] });
    store.getState().removeElements({ nodes: ['c1'] });
    expect(store.getState().selection).toEqual({ nodes: ['c2'], edges: [] });
  });
});

describe('cancelling a gesture', () => {
  it('puts the document back and records nothing (a new node whose editing was cancelled)', () => {
    const store = sampleStore();
    const before = store.getState().doc;
    store.getState().beginGesture();
    store.getState().addNode({ kind: 'claim', text: 'draft' }, { x: 0, y: 0 });
    store.getState().cancelGesture();
    expect(store.getState().doc).toBe(before);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
    expect(store.temporal.getState().isTracking).toBe(true);
  });

  it('makes a new node and its first text one undo step', () => {
    const store = sampleStore();
    const before = store.getState().doc;
    store.getState().beginGesture();
    store.getState().addNode({ kind: 'claim', text: 'draft' }, { x: 0, y: 0 });
    store.getState().updateNode('claim-1', { text: 'Final words' });
    store.getState().endGesture();
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().doc).toBe(before);
  });
});

describe('transactions', () => {
  it('makes several edits one undo step', () => {
    const store = sampleStore();
    const before = store.getState().doc;
    const id = store.getState().transact(() => {
      const added = store.getState().addNode({ kind: 'claim', text: 'x' }, { x: 0, y: 0 });
      store.getState().connect('claim-1', 'c1', 'supports');
      return added.ok ? added.value : null;
    });
    expect(id).toBe('claim-1');
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().doc).toBe(before);
  });
});

describe('settling a layout on open', () => {
  it('places nodes that had no position without an undo step, and never moves placed ones', () => {
    const store = sampleStore();
    const doc = store.getState().doc;
    const { c1: _c1, ...rest } = doc.layout;
    store.setState({ doc: { ...doc, layout: rest } });
    store.temporal.getState().clear();
    store.getState().settleLayout({ c1: { x: 5, y: 5 }, c2: { x: 999, y: 999 } });
    expect(store.getState().doc.layout.c1).toEqual({ x: 5, y: 5 });
    expect(store.getState().doc.layout.c2).toEqual(doc.layout.c2);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });
});
