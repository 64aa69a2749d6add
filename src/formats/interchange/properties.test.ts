import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PROBLEM_CATALOGUE, type Problem } from '../../domain/errors';
import { loadMapValue } from '../../domain/loader';
import type { ArgumentMap } from '../../domain/schema/map';
import { arbitraryMap } from '../../domain/testing/arbitraryMap';
import { sampleReader } from '../../domain/testing/sampleMap';
import { aifExporter, aifImporter } from '../aif';
import { argdownExporter, argdownImporter } from '../argdown';
import type { MapImporter } from '../registry/types';

const RUNS = { numRuns: 60 };

/** A typed result: ok with a value, or refused with at least one error; every problem coded from the catalogue and located. */
function isTypedResult(result: { ok: boolean; problems: readonly Problem[] }): boolean {
  const coded = result.problems.every((p) => Object.hasOwn(PROBLEM_CATALOGUE, p.code) && p.severity === PROBLEM_CATALOGUE[p.code].severity && typeof p.path === 'string' && p.path !== '' && p.message !== '');
  return coded && (result.ok || result.problems.some((p) => p.severity === 'error'));
}

const importers: [string, MapImporter][] = [
  ['argdown', argdownImporter],
  ['aif', aifImporter],
];

/** Text that looks like Argdown: its markup characters, keywords and line starts, shuffled. */
const argdownish = fc
  .array(fc.constantFrom('[A]', '[B]:', '<C>', '<C>:', '+', '-', '+>', '->', '><', '_>', '<_', '(1)', '----', '#', '# H', '#tag', '{', '}', '{a: 1}', '===', '\n', '\n\n', '  ', 'text', '@[A]', '*', '_', '\\', '//', '/*', ':', '.', '"', 'é', '😀'), { maxLength: 40 })
  .map((parts) => parts.join(' '));

const KEYS = ['__proto__', 'constructor', 'prototype', 'nodes', 'edges', 'nodeID', 'type', 'text', 'fromID', 'toID', 'AIF', 'OVA', 'counterpoint', 'kind', 'id', 'x', 'y'];
const nastyJson = fc.letrec((tie) => ({
  value: fc.oneof({ depthSize: 'small' }, fc.string(), fc.integer(), fc.constantFrom(null, true, 'I', 'RA', 'CA', '1', '2'), fc.array(tie('value'), { maxLength: 4 }), tie('object')),
  object: fc.dictionary(fc.constantFrom(...KEYS), tie('value'), { maxKeys: 6 }),
})).object;

describe('importers never throw', () => {
  it.each(importers)('%s: any text gives a typed result with coded problems', async (_name, importer) => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string({ unit: 'binary' }), argdownish, fc.json()), async (text) => {
        const result = await importer.parse(text, { readSource: sampleReader() });
        expect(isTypedResult(result)).toBe(true);
      }),
      RUNS,
    );
  });

  it.each(importers)('%s: JSON with __proto__, constructor and AIF keys anywhere harms nothing', async (_name, importer) => {
    await fc.assert(
      fc.asyncProperty(nastyJson, async (value) => {
        const text = JSON.stringify(value).replace(/"(proto|__proto__)"/g, '"__proto__"');
        const result = await importer.parse(text, { readSource: sampleReader() });
        expect(isTypedResult(result)).toBe(true);
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.getPrototypeOf({})).toBe(Object.prototype);
        if (result.ok) expect(loadMapValue(result.value, { readSource: sampleReader() }).problems.every((p) => Object.hasOwn(PROBLEM_CATALOGUE, p.code))).toBe(true);
      }),
      RUNS,
    );
  });
});

function graph(map: ArgumentMap, withNotes: boolean) {
  const nodes = map.nodes.filter((n) => withNotes || n.kind !== 'note');
  const byId = new Map(map.edges.map((e) => [e.id, e]));
  const end = (id: string) => {
    const e = byId.get(id);
    return e ? `(${e.from} ${e.relation} ${e.to})` : id;
  };
  return {
    nodes: nodes.map((n) => `${n.id}:${n.kind}`).sort(),
    edges: map.edges.map((e) => `${e.from} ${e.relation}${e.stance ? `/${e.stance}` : ''} ${end(e.to)}`).sort(),
  };
}

describe('export then import keeps nodes, edges and relations', () => {
  it.each([
    ['argdown', argdownExporter, argdownImporter, false],
    ['aif', aifExporter, aifImporter, true],
  ] as const)('%s, on generated maps', async (_name, exporter, importer, withNotes) => {
    await fc.assert(
      fc.asyncProperty(arbitraryMap(), async (map) => {
        // Argdown keeps notes as comments: a map of notes alone has nothing Argdown can read back.
        fc.pre(withNotes || map.nodes.some((n) => n.kind !== 'note'));
        const loaded = loadMapValue(map, { readSource: sampleReader() });
        expect(loaded.ok).toBe(true);
        if (!loaded.ok) return;
        const text = (await exporter.render({ map: loaded.map, sourceTexts: loaded.sourceTexts })) as string;
        const back = await importer.parse(text, { readSource: sampleReader() });
        expect(back.problems.filter((p) => p.severity !== 'info')).toEqual([]);
        const again = back.ok ? loadMapValue(back.value, { readSource: sampleReader() }) : back;
        expect(again.problems.filter((p) => p.severity === 'error')).toEqual([]);
        if (again.ok) expect(graph(again.map, withNotes)).toEqual(graph(loaded.map, withNotes));
      }),
      RUNS,
    );
  });
});
