import { problem, type Problem } from '../errors';
import { jsonPath } from '../jsonPath';
import type { ArgumentMap } from '../schema/map';
import { isArguable, type MapNode } from '../schema/node';

/**
 * The loader's integrity check of saved outlines: each names a claim or objection of
 * the map as its thesis, at most once. Item ids inside an outline are not checked:
 * they are expected to go stale as the map changes, and are ignored when applied.
 */
export function checkSavedOutlines(map: ArgumentMap, nodes: ReadonlyMap<string, MapNode>): Problem[] {
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  map.outlines?.forEach((outline, i) => {
    const at = jsonPath(['outlines', i, 'thesis']);
    const node = nodes.get(outline.thesis);
    if (!node || !isArguable(node)) {
      const why = node ? `a ${node.kind}; a thesis is a claim or an objection` : 'not a node of this map';
      problems.push(problem('UNKNOWN_THESIS', at, `saved outline ${i + 1} is for thesis "${outline.thesis}", which is ${why}`, { recordId: outline.thesis }));
    }
    const first = seen.get(outline.thesis);
    if (first !== undefined) {
      problems.push(problem('DUPLICATE_ID', at, `thesis "${outline.thesis}" already has a saved outline at ${jsonPath(['outlines', first])}`, { recordId: outline.thesis }));
    } else seen.set(outline.thesis, i);
  });
  return problems;
}
