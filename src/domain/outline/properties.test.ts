import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadMap, loadMapValue } from '../loader';
import { withHostileIds } from '../testing/hostile';
import { SHIPPED_MAPS, shippedReader } from '../testing/shippedMaps';
import { buildOutline } from './build';
import { thesisCandidates } from './thesis';
import type { OutlineItem, Outline } from './types';

const loaded = SHIPPED_MAPS.flatMap(({ text }) => {
  const r = loadMap(text, { readSource: shippedReader });
  return r.ok ? [r] : [];
});

/** An outline's shape: each item's role, side and the number of its children, depth first. */
function shape(outline: Outline): string[] {
  const out: string[] = [];
  const walk = (i: OutlineItem, depth: number) => {
    out.push(`${depth} ${i.role} ${i.side ?? ''} ${i.children.length}`);
    for (const c of i.children) walk(c, depth + 1);
  };
  walk(outline.thesis, 0);
  for (const s of outline.sections) for (const i of s.items) walk(i, 1);
  return out;
}

describe('essay outlines', () => {
  it('are built alike whatever the ids are called, constructor and toString included', () => {
    expect(loaded.length).toBe(SHIPPED_MAPS.length);
    const cases = fc.constantFrom(...loaded).chain((base) =>
      withHostileIds(base.map, [...base.map.nodes, ...base.map.edges, ...base.map.sources].map((r) => r.id)).map((hostile) => ({ base, hostile })),
    );
    fc.assert(
      fc.property(cases, ({ base, hostile }) => {
        const renamed = loadMapValue(hostile, { readSource: shippedReader });
        expect(renamed.ok).toBe(true);
        if (!renamed.ok) return;
        const theses = thesisCandidates(base.map);
        const renamedTheses = thesisCandidates(renamed.map);
        expect(renamedTheses.length).toBe(theses.length);
        for (const [i, thesis] of theses.slice(0, 3).entries()) {
          const before = buildOutline(base.map, thesis.id, base);
          const after = buildOutline(renamed.map, renamedTheses[i]!.id, renamed);
          expect(after.ok).toBe(before.ok);
          if (before.ok && after.ok) expect(shape(after.outline)).toEqual(shape(before.outline));
        }
      }),
      { numRuns: 30 },
    );
  });
});
