import { describe, expect, it } from 'vitest';
import { NODE_SIZES, overlappingPairs } from '../../domain/nodeSize';
import type { ArgumentMap } from '../../domain/schema/map';
import { sampleMap } from '../../domain/testing/sampleMap';
import { placeFree, placeNear, placeUnplaced, withPlacedNodes as withPlacedNodesSync } from './placement';

function boxes(doc: ArgumentMap) {
  const kinds = new Map(doc.nodes.map((n) => [n.id, n.kind]));
  return Object.entries(doc.layout).map(([id, p]) => ({ id, ...p, ...NODE_SIZES[kinds.get(id)!] }));
}

describe('placing new nodes', () => {
  it('puts a reason below what it supports, centred, and an objection above nothing else', () => {
    const doc = sampleMap();
    const below = placeNear(doc, 'c1', 'below', 'claim');
    expect(below.y).toBeGreaterThan(NODE_SIZES.claim.height);
    expect(below.x).toBe(0);
    const above = placeNear(doc, 'c1', 'above', 'objection');
    expect(above.y + NODE_SIZES.objection.height).toBeLessThan(0);
  });

  it('moves aside when the spot is taken, never overlapping', () => {
    let doc = sampleMap();
    for (let i = 0; i < 5; i++) {
      const id = `r${i}`;
      const at = placeNear(doc, 'c1', 'below', 'claim');
      doc = { ...doc, nodes: [...doc.nodes, { id, kind: 'claim', text: id }], layout: { ...doc.layout, [id]: at } };
    }
    expect(overlappingPairs(boxes(doc))).toEqual([]);
    const rowY = new Set(['r0', 'r1', 'r2', 'r3', 'r4'].map((id) => doc.layout[id]!.y));
    expect(rowY.size).toBe(1);
  });

  it('places a free node at a point, or beside what is there', () => {
    const doc = sampleMap();
    const spot = placeFree(doc, { x: 0, y: 60 }, 'note');
    expect(overlappingPairs([...boxes(doc), { id: 'new', ...spot, ...NODE_SIZES.note }])).toEqual([]);
    expect(placeFree(doc, { x: 2000, y: 2000 }, 'note')).toEqual({ x: 2000 - NODE_SIZES.note.width / 2, y: 2000 - NODE_SIZES.note.height / 2 });
  });

  it('places every unplaced node next to a placed neighbour, leaving placed ones alone', () => {
    const doc = sampleMap();
    const placed = placeUnplaced(doc);
    expect(Object.keys(placed).sort()).toEqual(['c2', 'n1', 'o1', 'p1', 'w1']);
    const all = { ...doc, layout: { ...doc.layout, ...placed } };
    expect(overlappingPairs(boxes(all))).toEqual([]);
    // p1 states c1, so it sits below c1.
    expect(placed.p1!.y).toBeGreaterThan(doc.layout.c1!.y);
  });
});

describe('placing what has no place', () => {
  it('places missing nodes and leaves a fully placed map as it is', async () => {
    const { withPlacedNodes } = await import('./placement');
    const doc = sampleMap();
    const placed = withPlacedNodes(doc);
    expect(Object.keys(placed.layout).sort()).toEqual(['c1', 'c2', 'n1', 'o1', 'p1', 'w1']);
    expect(placed.layout.c1).toEqual(doc.layout.c1);
    expect(withPlacedNodes(placed)).toBe(placed);
  });

  it('puts more nodes than it can place one by one on a grid below the placed ones, marked provisional for a layout', async () => {
    const { placeMissing, PLACE_ONE_BY_ONE_LIMIT } = await import('./placement');
    const doc = sampleMap();
    const extra = Array.from({ length: PLACE_ONE_BY_ONE_LIMIT + 1 }, (_, i) => ({ id: `x${i}`, kind: 'note' as const, text: `note ${i}` }));
    const big = { ...doc, nodes: [...doc.nodes, ...extra], layout: { c1: { x: 0, y: 100 } } };
    const { doc: placed, provisional } = placeMissing(big);
    expect(provisional).toHaveLength(big.nodes.length - 1);
    const spots = provisional.map((id) => placed.layout[id]!);
    expect(spots.every((p) => p.y >= 400)).toBe(true);
    expect(new Set(spots.map((p) => `${p.x},${p.y}`)).size).toBe(spots.length);
    expect(placed.layout.c1).toEqual({ x: 0, y: 100 });
  });
});

describe('placing a node linked to another', () => {
  it('puts a reason below what it supports, a reading above, and an undercut beside the link it denies', async () => {
    const { placeForLink } = await import('./placement');
    const doc = withPlacedNodesSync(sampleMap());
    const c1 = doc.layout.c1!;
    expect(placeForLink(doc, { other: 'c1', relation: 'supports', newIs: 'from' }, 'claim').y).toBeGreaterThan(c1.y);
    expect(placeForLink(doc, { other: 'c1', relation: 'assesses', newIs: 'from' }, 'work').y).toBeLessThan(c1.y);
    const link = doc.edges.find((e) => e.relation === 'supports' || e.relation === 'attacks')!;
    const spot = placeForLink(doc, { other: link.id, relation: 'undercuts', newIs: 'from' }, 'objection');
    expect(spot.x).toBe(doc.layout[link.from]!.x + 300);
  });
});
