import { describe, expect, it } from 'vitest';
import { sampleStore } from '../testing/fixtures';
import { addLinkedNode } from './addLinkedNode';

describe('addLinkedNode: the one way a node is added linked to another', () => {
  it('adds, places below what it supports, links and selects, as one undo step', () => {
    const store = sampleStore();
    const result = addLinkedNode(store, { draft: { kind: 'claim', text: 'A reason.' }, link: { other: 'c1', relation: 'supports', newIs: 'from' } });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const s = store.getState();
    expect(s.doc.edges.find((e) => e.id === result.value.edge)).toMatchObject({ from: result.value.node, to: 'c1', relation: 'supports' });
    expect(s.doc.layout[result.value.node]!.y).toBeGreaterThan(s.doc.layout.c1!.y);
    expect(s.selection.nodes).toEqual([result.value.node]);
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    s.undo();
    expect(store.getState().doc.nodes.some((n) => n.id === result.value.node)).toBe(false);
  });

  it('takes the node back when its link is refused, recording nothing', () => {
    const store = sampleStore();
    const before = store.getState().doc;
    // A work cannot support anything: the node would be added, then the link refused.
    const result = addLinkedNode(store, { draft: { kind: 'work', ref: 'lih2006' }, link: { other: 'c1', relation: 'supports', newIs: 'from' } });
    expect(result.ok).toBe(false);
    expect(store.getState().doc).toBe(before);
    expect(store.temporal.getState().pastStates).toHaveLength(0);
  });

  it('inside a step already open, takes back only its own part when refused', () => {
    const store = sampleStore();
    const s = store.getState();
    s.beginGesture();
    s.addQuestion({ text: 'Why?' });
    const withQuestion = store.getState().doc;
    expect(addLinkedNode(store, { draft: { kind: 'claim', text: 'x' }, link: { other: 'nope', relation: 'supports', newIs: 'from' } }).ok).toBe(false);
    expect(store.getState().doc).toBe(withQuestion);
    store.getState().endGesture();
    expect(store.temporal.getState().pastStates).toHaveLength(1);
  });

  it('starts a node to be typed with a placeholder, opens its editor and keeps the step open until the text is committed', () => {
    const store = sampleStore();
    const result = addLinkedNode(store, { draft: { kind: 'objection' }, link: { other: 'c1', relation: 'attacks', newIs: 'from' }, then: 'type' });
    if (!result.ok) throw new Error(result.message);
    const s = store.getState();
    expect(s.doc.nodes.find((n) => n.id === result.value.node)).toMatchObject({ kind: 'objection', text: 'New objection' });
    expect([s.editing, s.editingFresh]).toEqual([result.value.node, true]);
    expect(s.gestureBase()).not.toBeNull();
    s.cancelGesture();
    expect(store.getState().doc.nodes.some((n) => n.id === result.value.node)).toBe(false);
  });

  it('brings a node to be typed into view when it is placed out of sight, and not when it shows', () => {
    const store = sampleStore();
    const far = addLinkedNode(store, { draft: { kind: 'note' }, at: { x: 5000, y: 5000 }, then: 'type', visible: { x: 0, y: 0, width: 800, height: 600 }, zoom: 1 });
    expect(far.ok && store.getState().reveal?.nodeId).toBe(far.ok && far.value.node);
    store.getState().cancelGesture();
    const serial = store.getState().reveal?.serial;
    addLinkedNode(store, { draft: { kind: 'note' }, at: { x: 100, y: 150 }, then: 'type', visible: { x: 0, y: 0, width: 800, height: 600 }, zoom: 1 });
    expect(store.getState().reveal?.serial).toBe(serial);
  });
});
