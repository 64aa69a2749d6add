import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadMap, loadMapValue } from '../../domain/loader';
import type { ArgumentMap } from '../../domain/schema/map';
import { HOSTILE_KEYS, hostileJson, isTypedResult, mutationsOf, prototypesUntouched, withHostileIds } from '../../domain/testing/hostile';
import { mapGraph } from '../../domain/testing/mapGraph';
import { SHIPPED_MAPS, shippedReader } from '../../domain/testing/shippedMaps';
import { importMap, importReferences, MAP_EXPORTERS, MAP_IMPORTERS, REFERENCE_IMPORTERS, type Importer } from '.';

/**
 * Every importer in the registry, so a format added there is covered here without a line
 * more: arbitrary text, hostile JSON, and valid files of its own format broken at random.
 * Round trips of generated maps through Argdown and AIF are in interchange/properties.test.ts,
 * reference files of arbitrary syntax in references/properties.test.ts.
 */
const RUNS = { numRuns: 150 };

const shipped = SHIPPED_MAPS.map(({ file, text }) => {
  const loaded = loadMap(text, { readSource: shippedReader });
  if (!loaded.ok) throw new Error(`${file} does not load`);
  return { file, map: loaded.map, sourceTexts: loaded.sourceTexts };
});
// Small enough to keep each run quick, large enough to hold every kind of node and relation.
const bases = shipped.filter(({ map }) => map.nodes.length <= 150);

/** Valid files of each map format: each shipped map exported by the exporter whose id names the importer's format. */
const EXPORTER_FOR: Readonly<Record<string, string>> = { counterpoint: 'json', argdown: 'argdown', aif: 'aif' };
const validMapFiles = Object.fromEntries(
  await Promise.all(
    MAP_IMPORTERS.map(async (importer) => {
      const exporter = MAP_EXPORTERS.find((e) => e.id === EXPORTER_FOR[importer.id]);
      if (!exporter) throw new Error(`no exporter writes ${importer.id}: name it in EXPORTER_FOR`);
      return [importer.id, await Promise.all(bases.map(async (b) => (await exporter.render(b)) as string))] as const;
    }),
  ),
);
const referenceFixtures = import.meta.glob<string>('/tests/fixtures/references/historiography*', { query: '?raw', import: 'default', eager: true });
const validReferenceFiles = Object.fromEntries(
  REFERENCE_IMPORTERS.map((importer) => [importer.id, Object.entries(referenceFixtures).filter(([path]) => importer.extensions.some((e) => path.endsWith(e)) && importer.detect(referenceFixtures[path]!)).map(([, text]) => text)]),
);

/** A text file broken at random: lines deleted, repeated or swapped, characters inserted, the end cut off. */
const brokenText = (texts: readonly string[]) =>
  fc.tuple(fc.constantFrom(...texts), fc.array(fc.tuple(fc.constantFrom('delete', 'repeat', 'swap', 'insert', 'cut'), fc.nat(), fc.nat(), fc.string({ maxLength: 6 })), { minLength: 1, maxLength: 4 })).map(([text, changes]) => {
    let lines = text.split('\n');
    for (const [op, a, b, s] of changes) {
      const i = a % lines.length;
      const j = b % lines.length;
      if (op === 'delete') lines.splice(i, 1);
      else if (op === 'repeat') lines.splice(i, 0, lines[i]!);
      else if (op === 'swap') [lines[i], lines[j]] = [lines[j]!, lines[i]!];
      else if (op === 'insert') lines[i] = lines[i]!.slice(0, b % (lines[i]!.length + 1)) + s + lines[i]!.slice(b % (lines[i]!.length + 1));
      else lines = lines.slice(0, i + 1);
      if (lines.length === 0) lines = [''];
    }
    return lines.join('\n');
  });

/** A JSON file broken at random (see mutationsOf), or its text broken, when it parses. */
const brokenFile = (texts: readonly string[]) => {
  const json = texts.flatMap((t) => {
    try {
      return [JSON.parse(t) as unknown];
    } catch {
      return [];
    }
  });
  return json.length > 0 ? fc.oneof(brokenText(texts), fc.constantFrom(...json).chain((v) => mutationsOf(v)).map((v) => JSON.stringify(v))) : brokenText(texts);
};

/** Text that looks like Argdown: its markup characters, keywords and line starts, shuffled. */
const argdownish = fc
  .array(fc.constantFrom('[A]', '[B]:', '<C>', '<C>:', '+', '-', '+>', '->', '><', '_>', '<_', '(1)', '----', '#', '# H', '#tag', '#quote', '{', '}', '{a: 1}', '===', '\n', '\n\n', '  ', 'text', '@[A]', '*', '_', '\\', '//', '/*', ':', '.', '"', 'é', '😀', '[constructor]', '<__proto__>'), { maxLength: 40 })
  .map((parts) => parts.join(' '));

const KEYS = ['format', 'version', 'id', 'title', 'nodes', 'edges', 'layout', 'kind', 'text', 'from', 'to', 'relation', 'nodeID', 'type', 'fromID', 'toID', 'AIF', 'OVA', 'type', 'author', 'issued', 'family', 'date-parts', 'counterpoint-map'];
const anyInput = (valid: readonly string[]) => fc.oneof(fc.string(), fc.string({ unit: 'binary' }), argdownish, hostileJson(KEYS).map((v) => JSON.stringify(v)), brokenFile(valid));

async function expectTypedImport(importer: Importer<unknown>, text: string) {
  const result = await importer.parse(text, { readSource: shippedReader });
  expect(isTypedResult(result)).toBe(true);
  expect(prototypesUntouched()).toBe(true);
  return result;
}

describe('every importer in the registry, on any input', () => {
  it.each(MAP_IMPORTERS.map((i) => [i.id, i] as const))('map importer %s: never throws, gives a typed result the loader reads with coded problems, pollutes nothing', async (id, importer) => {
    expect(validMapFiles[id]!.length).toBeGreaterThan(0);
    await fc.assert(
      fc.asyncProperty(anyInput(validMapFiles[id]!), async (text) => {
        const result = await expectTypedImport(importer, text);
        if (result.ok) expect(isTypedResult(loadMapValue(result.value, { readSource: shippedReader }))).toBe(true);
        expect(prototypesUntouched()).toBe(true);
      }),
      RUNS,
    );
  });

  it.each(REFERENCE_IMPORTERS.map((i) => [i.id, i] as const))('reference importer %s: never throws, gives a typed result, pollutes nothing', async (id, importer) => {
    expect(validReferenceFiles[id]!.length).toBeGreaterThan(0);
    await fc.assert(
      fc.asyncProperty(anyInput(validReferenceFiles[id]!), async (text) => {
        const result = await expectTypedImport(importer, text);
        if (result.ok) for (const ref of result.value as readonly object[]) expect(Object.getPrototypeOf(ref)).toBe(Object.prototype);
      }),
      RUNS,
    );
  });

  it('pasted text, its format told from its content: a typed result from the importer it names and the loader', async () => {
    const all = [...Object.values(validMapFiles).flat(), ...Object.values(validReferenceFiles).flat()];
    await fc.assert(
      fc.asyncProperty(anyInput(all), async (text) => {
        const map = await importMap(text, {}, { readSource: shippedReader });
        expect(isTypedResult(map)).toBe(true);
        if (map.format !== undefined) expect(MAP_IMPORTERS.map((i) => i.id)).toContain(map.format);
        const references = await importReferences(text, {});
        expect(isTypedResult(references)).toBe(true);
        expect(prototypesUntouched()).toBe(true);
      }),
      RUNS,
    );
  });
});

/** Exports a map in every format that has an importer, imports each as pasted text, and compares. */
async function expectRoundTrips(map: ArgumentMap, sourceTexts: Readonly<Record<string, string>>) {
  for (const exporter of MAP_EXPORTERS.filter((e) => Object.values(EXPORTER_FOR).includes(e.id))) {
    const text = (await exporter.render({ map, sourceTexts })) as string;
    const back = await importMap(text, {}, { readSource: shippedReader });
    expect(back.problems.filter((p) => p.severity === 'error'), exporter.id).toEqual([]);
    expect(prototypesUntouched()).toBe(true);
    if (!back.ok) continue;
    if (exporter.id === 'json') {
      expect(back.format).toBe('counterpoint');
      expect(back.map).toEqual(map);
    } else {
      expect(back.format).toBe(exporter.id);
      // Argdown keeps notes as comments, not as nodes.
      expect(mapGraph(back.map, exporter.id !== 'argdown'), exporter.id).toEqual(mapGraph(map, exporter.id !== 'argdown'));
    }
  }
}

describe('export then import, as a pasted text, keeps the shipped maps', () => {
  it.each(bases.map((b) => [b.file, b] as const))('%s: Counterpoint JSON deep-equal, Argdown and AIF with their nodes, edges and relations', async (_file, { map, sourceTexts }) => {
    await expectRoundTrips(map, sourceTexts);
  });

  it('with ids such as constructor, toString and prototype', async () => {
    const renamed = fc.constantFrom(...bases).chain(({ map }) => withHostileIds(map, [...map.nodes, ...map.edges, ...map.positions, ...map.questions].map((r) => r.id)));
    await fc.assert(
      fc.asyncProperty(renamed, async (hostile) => {
        const loaded = loadMapValue(hostile, { readSource: shippedReader });
        expect(loaded.ok).toBe(true);
        if (loaded.ok) await expectRoundTrips(loaded.map, loaded.sourceTexts);
      }),
      { numRuns: 30 },
    );
  });

  it('AIF whose node ids are __proto__, constructor or prototype: every node and edge comes in, under ids of its own', async () => {
    const aif = bases.map((b) => JSON.parse(validMapFiles.aif![bases.indexOf(b)]!) as { nodes: { nodeID: string }[]; edges: { fromID: string; toID: string }[] });
    const renamed = fc.constantFrom(...aif).chain((doc) =>
      fc.shuffledSubarray(doc.nodes.map((n) => n.nodeID), { minLength: 1, maxLength: HOSTILE_KEYS.length }).map((ids) => {
        const rename = new Map(ids.map((id, i) => [id, HOSTILE_KEYS[i]!]));
        return { doc, text: JSON.stringify(doc, (key, value: unknown) => (['nodeID', 'fromID', 'toID'].includes(key) && rename.has(value as string) ? rename.get(value as string) : value)) };
      }),
    );
    await fc.assert(
      fc.asyncProperty(renamed, async ({ doc, text }) => {
        const back = await importMap(text, {}, { readSource: shippedReader });
        expect(back.problems.filter((p) => p.severity === 'error')).toEqual([]);
        expect(prototypesUntouched()).toBe(true);
        const original = await importMap(JSON.stringify(doc), {}, { readSource: shippedReader });
        if (back.ok && original.ok) {
          expect(back.map.nodes.length).toBe(original.map.nodes.length);
          expect(back.map.edges.map((e) => e.relation).sort()).toEqual(original.map.edges.map((e) => e.relation).sort());
        }
      }),
      { numRuns: 30 },
    );
  });
});
