import { loadMapValue } from '../../domain/loader';
import { sampleMap, sampleReader } from '../../domain/testing/sampleMap';
import { createCounterpointStore } from '../createStore';
import type { DefaultMaps } from '../session';
import type { CounterpointStore, OpenedMap } from '../types';

/** The domain's sample map, loaded through the loader as the app would open it. */
export function openedSample(key = 'sample'): OpenedMap {
  const result = loadMapValue(sampleMap(), { readSource: sampleReader() });
  if (!result.ok) throw new Error(`sample map refused: ${result.problems.map((p) => p.code).join(', ')}`);
  return { key, origin: 'bundled', ...result, pristine: result.map };
}

export function sampleStore(): CounterpointStore {
  return createCounterpointStore(openedSample());
}

/** Defaults made of the sample map only, as the app's bundled maps would be. */
export function sampleDefaults(): DefaultMaps {
  return {
    list: () => [{ key: 'sample', title: 'Sample' }],
    load: (key) => (key === 'sample' ? loadMapValue(sampleMap(), { readSource: sampleReader() }) : undefined),
  };
}
