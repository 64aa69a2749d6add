import { describe, expect, it } from 'vitest';
import { sampleMap } from '../domain/testing/sampleMap';
import { NODE_SIZES } from '../domain/nodeSize';
import type { ArgumentMap } from '../domain/schema/map';
import { computeVisibility, NO_FILTERS } from '../store/view/visibility';
import { FlowProjection } from './adapter';

const placed = (): ArgumentMap => ({
  ...sampleMap(),
  edges: [...sampleMap().edges, { id: 'u1', from: 'c2', to: 'e2', relation: 'undercuts' }],
  layout: { c1: { x: 0, y: 0 }, c2: { x: 600, y: 0 }, p1: { x: 0, y: 300 }, o1: { x: 300, y: 300 }, w1: { x: 0, y: -300 }, n1: { x: 600, y: -300 } },
});
const visible = (doc: ArgumentMap) => computeVisibility(doc, { filters: NO_FILTERS, collapsed: [], focus: null });
const noSelection = { nodes: [], edges: [] };

function project(doc: ArgumentMap, projection = new FlowProjection(), selection = noSelection) {
  const input = { doc, visibility: visible(doc), selection };
  const nodes = projection.nodes(input);
  const at = new Map(nodes.map((n) => [n.id, n.position]));
  return { nodes, edges: projection.edges(input, (id) => at.get(id)) };
}

describe('the flow projection', () => {
  it('gives each node its kind\'s fixed size and declared handles, and an accessible name', () => {
    const { nodes } = project(placed());
    const p1 = nodes.find((n) => n.id === 'p1')!;
    expect([p1.width, p1.height]).toEqual([NODE_SIZES.passage.width, NODE_SIZES.passage.height]);
    expect(p1.measured).toEqual(NODE_SIZES.passage);
    expect(p1.handles).toHaveLength(8);
    expect(nodes.find((n) => n.id === 'o1')!.ariaLabel).toBe('Objection (Mensheviks): Liberals led 1905.');
    expect(p1.data).toEqual({});
  });

  it('draws links the short way: a reason below enters its claim from below; rivals side by side', () => {
    const { edges } = project(placed());
    const states = edges.find((e) => e.id === 'e1')!;
    expect([states.sourceHandle, states.targetHandle]).toEqual(['top-source', 'bottom-target']);
    const reading = edges.find((e) => e.id === 'e4')!;
    expect([reading.sourceHandle, reading.targetHandle]).toEqual(['bottom-source', 'top-target']);
    const rivals = edges.find((e) => e.id === 'e3')!;
    expect([rivals.sourceHandle, rivals.targetHandle]).toEqual(['right-source', 'left-target']);
  });

  it('ends an undercut at the claim of the link it denies, and tells its component the link\'s ends', () => {
    const { edges } = project(placed());
    const undercut = edges.find((e) => e.id === 'u1')!;
    expect(undercut.type).toBe('undercut');
    expect(undercut.target).toBe('c1');
    expect(undercut.data?.aim).toEqual({ from: 'o1', to: 'c1' });
  });

  it('keeps every flow object that did not change identical, so React Flow skips it', () => {
    const projection = new FlowProjection();
    const doc = placed();
    const first = project(doc, projection);
    const edited: ArgumentMap = { ...doc, nodes: doc.nodes.map((n) => (n.id === 'c2' ? { ...n, text: 'Edited.' } : n)) };
    const second = project(edited, projection);
    for (const n of second.nodes) {
      const before = first.nodes.find((m) => m.id === n.id)!;
      if (n.id === 'c2') expect(n).not.toBe(before);
      else expect(n).toBe(before);
    }
    // Links that name c2 get a new label; the rest stay the same objects.
    expect(second.edges.find((e) => e.id === 'e1')).toBe(first.edges.find((e) => e.id === 'e1'));
    expect(second.edges.find((e) => e.id === 'e3')).not.toBe(first.edges.find((e) => e.id === 'e3'));
  });

  it('marks selection, hidden and dimmed nodes', () => {
    const doc = placed();
    const projection = new FlowProjection();
    const visibility = computeVisibility(doc, { filters: { ...NO_FILTERS, hiddenKinds: ['note'] }, collapsed: [], focus: { center: 'o1', hops: 1 } });
    const nodes = projection.nodes({ doc, visibility, selection: { nodes: ['o1'], edges: [] } });
    const byId = new Map(nodes.map((n) => [n.id, n]));
    expect(byId.get('o1')).toMatchObject({ selected: true, hidden: false });
    expect(byId.get('n1')!.hidden).toBe(true);
    // p1 is two hops from o1 (through c1); c2 is lit: it undercuts the lit link o1 -> c1.
    expect(byId.get('p1')!.className).toBe('cp-dimmed');
    expect(byId.get('c2')!.className).toBeUndefined();
    expect(byId.get('c1')!.className).toBeUndefined();
  });
});
