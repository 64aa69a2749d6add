import { describe, expect, it } from 'vitest';
import type { Position } from '../../domain/schema/position';
import { farGroups, GROUP_MARGIN, placeGroupLabels } from './farGroups';
import { ScreenSpace, type FarBlock, type FarScene } from './farScene';

const positions: Position[] = [
  { id: 'men', label: 'Mensheviks', color: '#aa3311' },
  { id: 'trotsky', label: 'Trotsky (permanent revolution)', color: '#1155aa' },
  { id: 'bolsheviks', label: 'Bolsheviks', color: '#aa11aa' },
];

function block(id: string, x: number, y: number, position: string | null): FarBlock {
  return { id, x, y, width: 240, height: 120, color: '#000000', position, title: id, central: false };
}

const scene: FarScene = {
  blocks: [
    block('m1', 0, 0, 'men'),
    block('m2', 300, 0, 'men'),
    block('m3', 300, 200, 'men'),
    // Far from the others: an area of its own.
    block('m4', 3000, 3000, 'men'),
    block('t1', 0, 1000, 'trotsky'),
    block('t2', 260, 1000, 'trotsky'),
    block('t3', 520, 1000, 'trotsky'),
    // Bolsheviks: two claims, too few to be named.
    block('b1', 2000, 0, 'bolsheviks'),
    block('b2', 2000, 200, 'bolsheviks'),
    block('none', 600, 600, null),
  ],
  links: [],
};

describe('farGroups', () => {
  const groups = farGroups(scene, positions);

  it('joins a position’s neighbouring claims into one area, and a distant one into another', () => {
    const areas = groups.map((g) => [g.position, g.size]);
    expect(areas).toEqual([
      ['men', 3],
      ['men', 1],
      ['trotsky', 3],
      ['bolsheviks', 2],
    ]);
  });

  it('makes each area reach the margin round its claims, and leaves claims with no position out', () => {
    const men = groups[0]!;
    expect(men.bounds).toEqual({ x: -GROUP_MARGIN, y: -GROUP_MARGIN, width: 540 + 2 * GROUP_MARGIN, height: 320 + 2 * GROUP_MARGIN });
    expect(groups.reduce((n, g) => n + g.size, 0)).toBe(scene.blocks.length - 1);
  });

  it('joins a dense grid of 2,000 claims into one area, and a chequerboard of two positions into many', () => {
    const blocks = Array.from({ length: 2000 }, (_, i) => block(`c${i}`, (i % 50) * 300, Math.floor(i / 50) * 200, 'men'));
    expect(farGroups({ blocks, links: [] }, positions).map((g) => g.size)).toEqual([2000]);
    // Far apart (1,000 units, more than twice the margin plus a card): every claim an area of its own.
    const apart = Array.from({ length: 100 }, (_, i) => block(`c${i}`, (i % 10) * 1000, Math.floor(i / 10) * 1000, i % 2 ? 'men' : 'trotsky'));
    expect(farGroups({ blocks: apart, links: [] }, positions)).toHaveLength(100);
  });
});

describe('placeGroupLabels', () => {
  const groups = farGroups(scene, positions);

  it('names each position once, over its biggest area’s top left corner, and leaves areas of fewer than three claims unnamed', () => {
    const placed = placeGroupLabels(groups, scene, 0.2, 14, new ScreenSpace());
    expect(placed.map((p) => p.group.label)).toEqual(['Mensheviks', 'Trotsky (permanent revolution)']);
    const men = placed[0]!;
    expect(men.left).toBeCloseTo(groups[0]!.bounds.x);
    expect(men.top + men.height).toBeLessThanOrEqual(groups[0]!.bounds.y);
  });

  it('gives way to what is already on screen: a name never overlaps a taken place', () => {
    const space = new ScreenSpace();
    const zoom = 0.2;
    // Everything above and inside the Mensheviks' area is taken.
    const b = groups[0]!.bounds;
    expect(space.claim({ x: b.x * zoom - 50, y: b.y * zoom - 60, w: 400, h: (b.height * zoom) + 58 })).toBe(true);
    const placed = placeGroupLabels(groups, scene, zoom, 14, space);
    const men = placed.find((p) => p.group.position === 'men');
    // Under the area, the one spot left.
    expect(men?.top).toBeCloseTo(b.y + b.height + 2 / zoom);
  });

  it('never covers a claim’s block: with a block just over the area and its own claims in its corner, the name goes under it', () => {
    const crowded: FarScene = { blocks: [...scene.blocks, block('over', 0, -200, null)], links: [] };
    const zoom = 0.2;
    const placed = placeGroupLabels(farGroups(crowded, positions), crowded, zoom, 14, new ScreenSpace());
    const men = placed.find((p) => p.group.position === 'men')!;
    const b = groups[0]!.bounds;
    expect(men.top).toBeCloseTo(b.y + b.height + 2 / zoom);
  });
});
