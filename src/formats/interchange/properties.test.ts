import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadMapValue } from '../../domain/loader';
import { arbitraryMap } from '../../domain/testing/arbitraryMap';
import { mapGraph } from '../../domain/testing/mapGraph';
import { sampleReader } from '../../domain/testing/sampleMap';
import { aifExporter, aifImporter } from '../aif';
import { argdownExporter, argdownImporter } from '../argdown';

const RUNS = { numRuns: 60 };

// Every importer on arbitrary and hostile input (Argdown's syntax included): registry/properties.test.ts.

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
        if (again.ok) expect(mapGraph(again.map, withNotes)).toEqual(mapGraph(loaded.map, withNotes));
      }),
      RUNS,
    );
  });
});
