import { bundledReader, DEFAULT_MAPS } from '../../app/bundledMaps';
import { loadMapValue } from '../../domain/loader';
import type { CoverageMap } from '../../domain/reader/mapsCoverage';
import { openRepository, type CatalogueEntry, type MapRepository } from '../../store';

const pristine = new Map<string, CoverageMap | null>();
let repository: Promise<MapRepository | null> | null = null;

/** Yields to the browser between maps, so loading a dozen of them never holds up a frame for long. */
const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * The maps other than the open one, as coverage counts them: each bundled map as shipped,
 * or, when it was edited in this browser, as saved; and every map made here. Each goes
 * through the loader, like any map that enters; one it refuses is left out.
 */
export async function loadOtherMaps(catalogue: readonly CatalogueEntry[], openKey: string): Promise<CoverageMap[]> {
  const out: CoverageMap[] = [];
  for (const entry of catalogue) {
    if (entry.key === openKey) continue;
    await pause();
    const loaded = entry.edited ? await savedMap(entry) : bundledMap(entry);
    if (loaded) out.push(loaded);
  }
  return out;
}

function bundledMap(entry: CatalogueEntry): CoverageMap | null {
  if (!pristine.has(entry.key)) {
    const result = DEFAULT_MAPS.load(entry.key);
    pristine.set(entry.key, result?.ok ? { key: entry.key, title: entry.title, map: result.map, sourceTexts: result.sourceTexts } : null);
  }
  return pristine.get(entry.key) ?? null;
}

async function savedMap(entry: CatalogueEntry): Promise<CoverageMap | null> {
  repository ??= openRepository().catch(() => null);
  const record = await (await repository)?.get(entry.key).catch(() => undefined);
  if (!record) return entry.origin === 'bundled' ? bundledMap(entry) : null;
  const result = loadMapValue(record.map, { readSource: bundledReader });
  return result.ok ? { key: entry.key, title: entry.title, map: result.map, sourceTexts: result.sourceTexts } : null;
}
