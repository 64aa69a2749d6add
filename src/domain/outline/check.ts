import { problem, type Problem } from '../errors';
import { jsonPath } from '../jsonPath';
import type { ArgumentMap } from '../schema/map';
import { isArguable, type MapNode } from '../schema/node';

/**
 * The loader's integrity check of saved outlines: each names a claim or objection of the
 * map as its thesis, at most once. An outline is only an arrangement of what the map
 * holds, so one whose thesis is gone (the thesis was deleted) or repeated is dropped with
 * a warning rather than refusing the whole map. Item ids inside an outline are not
 * checked: they go stale as the map changes and are ignored when applied.
 */
export function checkSavedOutlines(
  map: ArgumentMap,
  nodes: ReadonlyMap<string, MapNode>,
): { outlines: ArgumentMap['outlines']; problems: Problem[] } {
  if (!map.outlines) return { outlines: undefined, problems: [] };
  const problems: Problem[] = [];
  const seen = new Map<string, number>();
  const kept = map.outlines.filter((outline, i) => {
    const at = jsonPath(['outlines', i, 'thesis']);
    const node = nodes.get(outline.thesis);
    if (!node || !isArguable(node)) {
      const why = node ? `a ${node.kind}; a thesis is a claim or an objection` : 'not a node of this map';
      problems.push(problem('OUTLINE_ORPHAN', at, `saved outline ${i + 1} is for thesis "${outline.thesis}", which is ${why}; the outline was dropped`, { recordId: outline.thesis }));
      return false;
    }
    const first = seen.get(outline.thesis);
    if (first !== undefined) {
      problems.push(problem('OUTLINE_ORPHAN', at, `thesis "${outline.thesis}" already has a saved outline at ${jsonPath(['outlines', first])}; this one was dropped`, { recordId: outline.thesis }));
      return false;
    }
    seen.set(outline.thesis, i);
    return true;
  });
  return { outlines: kept, problems };
}
