import { describe, expect, it } from 'vitest';
import { sampleMap } from '../../domain/testing/sampleMap';
import { freshId, freshIds } from './ids';
import { addNode, moveNodes, updateNode } from './nodes';

describe('node edits', () => {
  it('adds a node with its position', () => {
    const doc = addNode(sampleMap(), { id: 'c3', kind: 'claim', text: 'New' }, { x: 10.123, y: -5 });
    expect(doc.nodes.at(-1)).toEqual({ id: 'c3', kind: 'claim', text: 'New' });
    expect(doc.layout.c3).toEqual({ x: 10.12, y: -5 });
  });

  it('refuses a node that names a position, question or reference the map lacks', () => {
    expect(() => addNode(sampleMap(), { id: 'c3', kind: 'claim', text: 'x', position: 'nobody' }, { x: 0, y: 0 })).toThrow(/no position "nobody"/);
    expect(() => addNode(sampleMap(), { id: 'c3', kind: 'claim', text: 'x', answers: ['who', 'why'] }, { x: 0, y: 0 })).toThrow(/no question "why"/);
    expect(() => addNode(sampleMap(), { id: 'w2', kind: 'work', ref: 'nope' }, { x: 0, y: 0 })).toThrow(/no reference "nope"/);
  });

  it('patches fields, clears optional ones with undefined, and never changes id or kind', () => {
    let doc = updateNode(sampleMap(), 'c1', { text: 'Changed', central: undefined, kind: 'note', id: 'zz' });
    const c1 = doc.nodes.find((n) => n.id === 'c1')!;
    expect(c1).toEqual({ id: 'c1', kind: 'claim', text: 'Changed', position: 'bol', answers: 'who' });
    doc = updateNode(doc, 'c1', { position: 'men' });
    expect(doc.nodes.find((n) => n.id === 'c1')).toMatchObject({ position: 'men' });
  });

  it('refuses empty text and keeps the map when nothing changes', () => {
    const doc = sampleMap();
    expect(() => updateNode(doc, 'c1', { text: '' })).toThrow(/cannot be empty/);
    expect(updateNode(doc, 'c1', { text: 'The bourgeoisie cannot lead.' })).toBe(doc);
  });

  it('moves nodes, and a move to the same place changes nothing', () => {
    const doc = sampleMap();
    expect(moveNodes(doc, { c1: { x: 0, y: 0 } })).toBe(doc);
    expect(moveNodes(doc, { c1: { x: 5, y: 6 }, c2: { x: 1, y: 2 } }).layout).toEqual({ c1: { x: 5, y: 6 }, c2: { x: 1, y: 2 } });
  });
});

describe('fresh ids', () => {
  it('counts past the largest id with the prefix, across nodes and edges', () => {
    const doc = sampleMap();
    expect(freshId(doc, 'e')).toBe('e-1');
    const withSome = { ...doc, nodes: [...doc.nodes, { id: 'claim-7', kind: 'claim' as const, text: 'x' }] };
    expect(freshIds(withSome, 'claim', 2)).toEqual(['claim-8', 'claim-9']);
    expect(freshId(withSome, 'claim', ['claim-12'])).toBe('claim-13');
  });
});
