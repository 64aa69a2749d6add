import { describe, expect, it } from 'vitest';
import { NODE_SIZES, overlappingPairs } from '../../domain/nodeSize';
import { sampleMap } from '../../domain/testing/sampleMap';
import { computeLayout } from './computeLayout';
import { positionsFromElk, toElkGraph } from './elkGraph';

describe('ELK layout of a map', () => {
  it('builds a graph of the chosen nodes, without contrasts, sorted left to right', () => {
    const doc = { ...sampleMap(), layout: { c1: { x: 500, y: 0 }, c2: { x: 0, y: 0 } } };
    const graph = toElkGraph(doc);
    expect(graph.children!.slice(0, 2).map((c) => c.id)).toEqual(['c2', 'c1']);
    expect(graph.children!.find((c) => c.id === 'p1')).toMatchObject(NODE_SIZES.passage);
    expect(graph.edges!.map((e) => e.id)).toEqual(['e1', 'e2', 'e4']);
    expect(toElkGraph(doc, new Set(['c1', 'p1'])).edges!.map((e) => e.id)).toEqual(['e1']);
  });

  it('puts conclusions above their reasons, without overlaps, keeping the corner in place', async () => {
    const doc = { ...sampleMap(), layout: { c1: { x: 100, y: 50 } } };
    const positions = positionsFromElk(doc, await computeLayout(toElkGraph(doc)));
    expect(Object.keys(positions).sort()).toEqual(['c1', 'c2', 'n1', 'o1', 'p1', 'w1']);
    expect(positions.p1!.y).toBeGreaterThan(positions.c1!.y + NODE_SIZES.claim.height);
    expect(positions.o1!.y).toBeGreaterThan(positions.c1!.y);
    const kinds = new Map(doc.nodes.map((n) => [n.id, n.kind]));
    expect(overlappingPairs(Object.entries(positions).map(([id, p]) => ({ id, ...p, ...NODE_SIZES[kinds.get(id)!] })))).toEqual([]);
    expect(Math.min(...Object.values(positions).map((p) => p.x))).toBe(100);
    expect(Math.min(...Object.values(positions).map((p) => p.y))).toBe(50);
  });
});
