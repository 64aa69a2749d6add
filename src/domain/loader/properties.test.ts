import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ArgumentMap } from '../schema/map';
import { serializeMap } from '../serialize';
import { arbitraryMap } from '../testing/arbitraryMap';
import { hostileJson, isTypedResult, mutationsOf, prototypesUntouched, withHostileIds } from '../testing/hostile';
import { sampleMap, sampleReader } from '../testing/sampleMap';
import { SHIPPED_MAPS, shippedReader } from '../testing/shippedMaps';
import { loadMap, loadMapValue, type LoadResult } from '.';

/** Moderate: each run loads a whole map; the file stays well under half a minute on a slow machine. */
const RUNS = { numRuns: 200 };

/** The shipped maps and the sample map (which has every kind of node), each with the reader for its sources. */
const BASES = [...SHIPPED_MAPS.map(({ file, text }) => ({ file, value: JSON.parse(text) as unknown, reader: shippedReader })), { file: 'sample', value: sampleMap() as unknown, reader: sampleReader() }];
const base = fc.constantFrom(...BASES);

/** A map as saved: the `$schema` pointer is added on save, whether the map had one or not. */
const bare = ({ $schema: _schema, ...map }: ArgumentMap) => map;

/**
 * A map the loader accepted, saved and loaded again, saves to the same file: what loads,
 * saves, and nothing is lost on the way (places are kept to a hundredth, by design).
 */
function expectStable(result: LoadResult, reader = sampleReader()) {
  if (!result.ok) return;
  const saved = serializeMap(result.map);
  const again = loadMap(saved, { readSource: reader });
  expect(again.problems.filter((p) => p.severity === 'error')).toEqual([]);
  if (again.ok) expect(serializeMap(again.map)).toBe(saved);
}

const MAP_KEYS = ['format', 'version', 'id', 'title', 'sources', 'positions', 'questions', 'references', 'nodes', 'edges', 'layout', 'laneLayout', 'outlines', 'kind', 'text', 'from', 'to', 'relation', 'stance', 'source', 'file', 'quote', 'start', 'end', 'ref', 'about', 'x', 'y', 'counterpoint-map', 'claim', 'supports'];
/** Hostile JSON, half the time inside a valid envelope so that it reaches the shape checks. */
const hostileDoc = fc.tuple(hostileJson(MAP_KEYS), fc.boolean()).map(([value, enveloped]) => {
  if (!enveloped || typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const body = JSON.stringify(value).slice(1);
  return JSON.parse(`{"format":"counterpoint-map","version":1${body === '}' ? '' : ','}${body}`) as unknown;
});

describe('the one loader on arbitrary input', () => {
  it('starts from valid maps: every shipped map and the sample load as they are', () => {
    expect(SHIPPED_MAPS.length).toBeGreaterThanOrEqual(5);
    for (const { file, value, reader } of BASES) expect(loadMapValue(value, { readSource: reader }).problems.filter((p) => p.severity === 'error'), file).toEqual([]);
  });

  it('any text gives a typed result with coded problems, never a throw', () => {
    const garbled = fc.tuple(fc.constantFrom(...SHIPPED_MAPS.map((m) => m.text)), fc.nat(), fc.string({ maxLength: 8 })).map(([text, at, insert]) => {
      const cut = at % text.length;
      return text.slice(0, cut) + insert + text.slice(cut + insert.length + (at % 3));
    });
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.json(), garbled), (text) => {
        expect(isTypedResult(loadMap(text, { readSource: shippedReader }))).toBe(true);
      }),
      RUNS,
    );
  });

  it('any JSON value, with __proto__, constructor and prototype keys at any depth, gives a typed result and pollutes nothing', () => {
    fc.assert(
      fc.property(hostileDoc, (value) => {
        const result = loadMapValue(value, { readSource: sampleReader() });
        expect(isTypedResult(result)).toBe(true);
        expect(prototypesUntouched()).toBe(true);
        // Text in, as a file: the same outcome as the value.
        expect(loadMap(JSON.stringify(value), { readSource: sampleReader() }).ok).toBe(result.ok);
        expectStable(result);
      }),
      RUNS,
    );
  });

  it('a shipped map with fields deleted, replaced, retyped, duplicated or given hostile keys gives a typed result; what loads, saves and loads the same', () => {
    fc.assert(
      fc.property(base.chain(({ value, reader }) => mutationsOf(value).map((mutated) => ({ mutated, reader }))), ({ mutated, reader }) => {
        const result = loadMapValue(mutated, { readSource: reader });
        expect(isTypedResult(result)).toBe(true);
        expect(prototypesUntouched()).toBe(true);
        expectStable(result, reader);
      }),
      RUNS,
    );
  });

  it('ids named constructor, toString, prototype… are ids like any other: the map loads as it would, and saves and loads the same', () => {
    const renamed = base.chain(({ file, value, reader }) => {
      const map = value as { nodes: { id: string }[]; edges: { id: string }[]; positions: { id: string }[]; questions: { id: string }[]; references: { id: string }[]; sources: { id: string }[] };
      const ids = [...map.nodes, ...map.edges, ...map.positions, ...map.questions, ...map.references, ...map.sources].map((r) => r.id);
      return withHostileIds(value, ids).map((hostile) => ({ file, hostile, reader }));
    });
    fc.assert(
      fc.property(renamed, ({ file, hostile, reader }) => {
        const result = loadMapValue(hostile, { readSource: reader });
        expect(result.problems.filter((p) => p.severity === 'error'), file).toEqual([]);
        expect(prototypesUntouched()).toBe(true);
        expectStable(result, reader);
      }),
      { numRuns: 100 },
    );
  });
});

describe('Counterpoint JSON: save then load keeps the map', () => {
  it('places anywhere a number can say, tiny, huge or negative, save and load to within a hundredth', () => {
    const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
    fc.assert(
      fc.property(finite, finite, (x, y) => {
        const map = { ...sampleMap(), layout: { c1: { x, y } } };
        const loaded = loadMapValue(map, { readSource: sampleReader() });
        expect(loaded.ok).toBe(true);
        expectStable(loaded);
        const back = loadMap(serializeMap(map), { readSource: sampleReader() });
        const at = back.ok ? back.map.layout.c1! : { x: Number.NaN, y: Number.NaN };
        expect(Math.abs(at.x - x)).toBeLessThanOrEqual(Math.max(0.005, Math.abs(x) * 1e-15));
        expect(Math.abs(at.y - y)).toBeLessThanOrEqual(Math.max(0.005, Math.abs(y) * 1e-15));
      }),
      RUNS,
    );
  });

  it('on generated maps, deep-equal', () => {
    fc.assert(
      fc.property(arbitraryMap(), (map) => {
        const loaded = loadMapValue(map, { readSource: sampleReader() });
        expect(loaded.problems.filter((p) => p.severity === 'error')).toEqual([]);
        if (!loaded.ok) return;
        const back = loadMap(serializeMap(loaded.map), { readSource: sampleReader() });
        expect(back.ok && bare(back.map)).toEqual(bare(loaded.map));
      }),
      RUNS,
    );
  });
});
