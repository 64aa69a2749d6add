import { describeRange } from '../anchoring/selector';
import type { ArgumentMap } from '../schema/map';
import type { SourceText } from '../text/sourceText';

/**
 * Accepts a reviewed anchor: the passage now quotes exactly what its source holds at the
 * given range, with fresh context. Only a person's decision calls this; the loader never does.
 */
export function acceptAnchor(map: ArgumentMap, passageId: string, source: SourceText, start: number, end: number): ArgumentMap {
  if (!source.inRange(start, end)) throw new RangeError(`range ${start}-${end} is outside the source`);
  const selector = describeRange(source, start, end);
  let found = false;
  const nodes = map.nodes.map((n) => {
    if (n.id !== passageId || n.kind !== 'passage') return n;
    found = true;
    return { ...n, ...selector };
  });
  if (!found) throw new Error(`no passage "${passageId}" in map "${map.id}"`);
  return { ...map, nodes };
}
