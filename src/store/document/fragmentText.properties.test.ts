import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadMapValue } from '../../domain/loader';
import type { ArgumentMap } from '../../domain/schema/map';
import { arbitraryMap } from '../../domain/testing/arbitraryMap';
import { hostileJson, isTypedResult, mutationsOf, prototypesUntouched, withHostileIds } from '../../domain/testing/hostile';
import { sampleMap, sampleReader } from '../../domain/testing/sampleMap';
import { SHIPPED_MAPS, shippedReader } from '../../domain/testing/shippedMaps';
import { copyFragment, pasteFragment, type Fragment } from './fragment';
import { FRAGMENT_FORMAT, fragmentFromText, fragmentToText, type ClipboardRead } from './fragmentText';

const RUNS = { numRuns: 150 };

/** A map loaded with its reader: what a user copies from. */
function loaded(value: unknown, reader = sampleReader()) {
  const result = loadMapValue(value, { readSource: reader });
  if (!result.ok) throw new Error(`the base map does not load: ${result.problems.map((p) => p.code).join(', ')}`);
  return { map: result.map, sourceTexts: result.sourceTexts, reader };
}
const BASES = [...SHIPPED_MAPS.map(({ text }) => loaded(JSON.parse(text), shippedReader)), loaded(sampleMap())];

/** Some of a map's nodes (a few, often with their neighbours, so links come along), copied as the app copies them. */
const copied = ({ map, sourceTexts }: { map: ArgumentMap; sourceTexts: Readonly<Record<string, string>> }) =>
  fc.tuple(fc.uniqueArray(fc.nat({ max: map.nodes.length - 1 }), { minLength: 1, maxLength: 4 }), fc.boolean()).map(([picks, neighbours]) => {
    const ids = new Set(picks.map((i) => map.nodes[i]!.id));
    if (neighbours) for (const e of map.edges) if (ids.has(e.from) || ids.has(e.to)) ids.add(e.from).add(e.to);
    return copyFragment(map, [...ids], sourceTexts);
  });

/** A read clipboard is one of three things; a refusal is typed with coded errors. */
function expectTyped(read: ClipboardRead) {
  expect(['fragment', 'refused', 'other']).toContain(read.kind);
  if (read.kind === 'refused') expect(isTypedResult({ ok: false, problems: read.problems })).toBe(true);
  expect(prototypesUntouched()).toBe(true);
}

/** Pasting a fragment keeps the map valid: every pasted node placed at finite coordinates, and the loader accepts the result. */
function expectPastesCleanly(into: { map: ArgumentMap; reader: ReturnType<typeof sampleReader> }, fragment: Fragment) {
  const pasted = pasteFragment(into.map, fragment, { x: 100, y: 200 });
  expect(pasted.nodeIds).toHaveLength(fragment.nodes.length);
  for (const id of pasted.nodeIds) {
    const point = pasted.doc.layout[id];
    expect(Object.hasOwn(pasted.doc.layout, id) && Number.isFinite(point?.x) && Number.isFinite(point?.y), `place of ${id}`).toBe(true);
  }
  const again = loadMapValue(pasted.doc, { readSource: into.reader });
  expect(again.problems.filter((p) => p.severity === 'error')).toEqual([]);
  expect(prototypesUntouched()).toBe(true);
}

const FRAGMENT_KEYS = ['format', 'version', 'nodes', 'edges', 'layout', 'positions', 'questions', 'references', 'sources', 'id', 'kind', 'text', 'from', 'to', 'relation', 'source', 'quote', 'x', 'y', FRAGMENT_FORMAT, 'claim'];
/** Hostile JSON, half the time marked as a fragment so that it reaches the loader. */
const hostileClipboard = fc.tuple(hostileJson(FRAGMENT_KEYS), fc.boolean()).map(([value, marked]) => {
  const text = JSON.stringify(value);
  if (!marked || !text.startsWith('{')) return text;
  return `{"format":"${FRAGMENT_FORMAT}","version":1${text === '{}' ? '' : ','}${text.slice(1)}`;
});

describe('pasting from the clipboard', () => {
  it('any text, JSON with __proto__ and constructor keys anywhere included, reads as a fragment, a coded refusal or other text; nothing is polluted', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), hostileClipboard), (text) => {
        expectTyped(fragmentFromText(text, sampleReader()));
      }),
      RUNS,
    );
  });

  it('copied nodes with fields deleted, replaced or given hostile keys are refused with codes or pasted into a map that stays valid', () => {
    const mutated = fc.constantFrom(...BASES).chain((base) => copied(base).chain((fragment) => mutationsOf(JSON.parse(fragmentToText(fragment))).map((value) => ({ base, text: JSON.stringify(value) }))));
    fc.assert(
      fc.property(mutated, ({ base, text }) => {
        const read = fragmentFromText(text, base.reader);
        expectTyped(read);
        if (read.kind === 'fragment') expectPastesCleanly(base, read.fragment);
      }),
      RUNS,
    );
  });

  it('copy then paste keeps the nodes, the links among them and the records they name, into their own map or another', () => {
    const cases = fc.oneof(
      fc.constantFrom(...BASES),
      arbitraryMap().map((map) => loaded(map)),
    ).chain((base) => fc.tuple(fc.constant(base), copied(base), fc.constantFrom(...BASES)));
    fc.assert(
      fc.property(cases, ([base, fragment, other]) => {
        const read = fragmentFromText(fragmentToText(fragment), base.reader);
        expect(read.kind).toBe('fragment');
        if (read.kind !== 'fragment') return;
        const { sourceTexts: _texts, ...records } = read.fragment;
        const { sourceTexts: _original, ...expected } = fragment;
        expect(records).toEqual(expected);
        expectPastesCleanly(base, read.fragment);
        // Into another map, the fragment's sources must be readable there: only the sample's own folder is shared.
        if (other.reader === base.reader) expectPastesCleanly(other, read.fragment);
      }),
      { numRuns: 80 },
    );
  });

  it('nodes with ids such as constructor and toString copy and paste like any others, from the app\'s own clipboard too', () => {
    const cases = fc.constantFrom(...BASES).chain((base) =>
      withHostileIds(base.map, [...base.map.nodes, ...base.map.edges, ...base.map.sources, ...base.map.positions].map((r) => r.id)).chain((hostile) => {
        const again = loaded(hostile, base.reader);
        return copied(again).map((fragment) => ({ base: again, fragment }));
      }),
    );
    fc.assert(
      fc.property(cases, ({ base, fragment }) => {
        // The app's own clipboard holds the fragment as copied, source texts and all.
        for (const text of Object.values(fragment.sourceTexts)) expect(typeof text).toBe('string');
        for (const point of Object.values(fragment.layout)) expect(Number.isFinite(point.x) && Number.isFinite(point.y)).toBe(true);
        expectPastesCleanly(base, fragment);
        const read = fragmentFromText(fragmentToText(fragment), base.reader);
        expect(read.kind).toBe('fragment');
        if (read.kind === 'fragment') expectPastesCleanly(base, read.fragment);
      }),
      { numRuns: 80 },
    );
  });
});
