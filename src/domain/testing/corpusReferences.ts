import historiography from '../../../data/corpus/historiography.json';
import type { Reference } from '../schema/reference';

/**
 * A real, checked work from data/corpus as the map stores it: its CSL-JSON without the corpus's
 * bookkeeping (`bearsOn`, `stance`). Tests build their inputs from these, never from invented books.
 */
export function corpusReference(id: string): Reference {
  const item = (historiography as unknown as (Reference & Record<string, unknown>)[]).find((r) => r.id === id);
  if (!item) throw new Error(`no work "${id}" in data/corpus/historiography.json`);
  const { bearsOn: _bearsOn, stance: _stance, unverified: _unverified, ...reference } = structuredClone(item);
  return reference as Reference;
}
