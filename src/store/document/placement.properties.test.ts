import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { placeOf } from '../../domain/schema/layout';
import type { ArgumentMap } from '../../domain/schema/map';
import { withHostileIds } from '../../domain/testing/hostile';
import { sampleMap } from '../../domain/testing/sampleMap';
import { SHIPPED_MAPS } from '../../domain/testing/shippedMaps';
import { placeMissing } from './placement';

const BASES: ArgumentMap[] = [...SHIPPED_MAPS.map(({ text }) => JSON.parse(text) as ArgumentMap), sampleMap()];

/** A map with some of its saved places forgotten (an import, a paste) and some ids named like Object's own properties. */
const partlyPlaced = fc.constantFrom(...BASES).chain((map) =>
  fc.tuple(withHostileIds(map, map.nodes.map((n) => n.id)), fc.array(fc.boolean(), { minLength: map.nodes.length, maxLength: map.nodes.length })).map(([hostile, keep]) => ({
    ...hostile,
    layout: Object.fromEntries(hostile.nodes.filter((n, i) => keep[i] && placeOf(hostile.layout, n.id)).map((n) => [n.id, hostile.layout[n.id]!])),
  })),
);

describe('placing the nodes a map has no place for', () => {
  it('gives every node its own finite place and moves none that had one, whatever the ids are called', () => {
    fc.assert(
      fc.property(partlyPlaced, (map) => {
        const { doc } = placeMissing(map);
        for (const n of doc.nodes) {
          const at = placeOf(doc.layout, n.id);
          expect(Number.isFinite(at?.x) && Number.isFinite(at?.y), `place of ${n.id}`).toBe(true);
          if (placeOf(map.layout, n.id)) expect(at).toEqual(map.layout[n.id]);
        }
      }),
      { numRuns: 60 },
    );
  });
});
