import { describe, expect, it } from 'vitest';
import { loadDebateFixture } from '../../../tests/fixtures/outline/fixture';
import type { ArgumentMap } from '../schema/map';
import { defaultThesis, isThesis, thesisCandidates } from './thesis';

const { map } = loadDebateFixture();

describe('choosing a thesis', () => {
  it('lists central claims first, then the other claims, then objections', () => {
    const candidates = thesisCandidates(map);
    expect(candidates).toHaveLength(map.nodes.filter((n) => n.kind === 'claim' || n.kind === 'objection').length);
    const ranks = candidates.map((c) => (c.central ? 0 : c.kind === 'claim' ? 1 : 2));
    expect(ranks).toEqual([...ranks].sort());
    expect(candidates.find((c) => c.id === 'obj-peasantry')).toMatchObject({ kind: 'objection', label: 'The theory discounts the peasantry' });
    expect(candidates.some((c) => c.id.endsWith('-p1'))).toBe(false);
    // Whatever order the map keeps its nodes in.
    const reversed = thesisCandidates({ ...map, nodes: [...map.nodes].reverse() });
    expect(reversed.map((c) => c.id).slice(0, 2)).toEqual(['permanent-revolution', 'international-revolution']);
    expect(reversed.at(-1)!.kind).toBe('objection');
  });

  it('opens on the selected claim or objection, else the first central claim', () => {
    const central = thesisCandidates(map).find((c) => c.central)!.id;
    expect(defaultThesis(map, ['permanent-revolution-p1', 'lenin-april-turn'])).toBe('lenin-april-turn');
    expect(defaultThesis(map, ['obj-peasantry'])).toBe('obj-peasantry');
    expect(defaultThesis(map, ['w-pipes1990'])).toBe(central);
    expect(defaultThesis(map, [])).toBe(central);
  });

  it('has none on a map without claims or objections', () => {
    const bare: ArgumentMap = { ...map, nodes: map.nodes.filter((n) => n.kind === 'passage'), edges: [] };
    expect(thesisCandidates(bare)).toEqual([]);
    expect(defaultThesis(bare, [])).toBeUndefined();
    expect(isThesis(bare, 'permanent-revolution')).toBe(false);
    expect(isThesis(map, 'permanent-revolution')).toBe(true);
    expect(isThesis(map, null)).toBe(false);
  });
});
