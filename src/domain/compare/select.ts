import { problem, type Problem } from '../errors';
import type { ArgumentMap } from '../schema/map';
import type { Position } from '../schema/position';
import { MAX_COMPARED_POSITIONS, MIN_COMPARED_POSITIONS } from './types';

export type PositionSelection =
  | { readonly ok: true; readonly positions: readonly Position[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * What is wrong with a choice of positions before any map is read: too few, too many, or
 * one chosen twice. The command line treats these as usage errors; a view can disable its
 * "compare" button with them.
 */
export function selectionSizeProblems(ids: readonly string[]): Problem[] {
  const problems: Problem[] = [];
  const repeated = [...new Set(ids.filter((id, i) => ids.indexOf(id) !== i))];
  if (repeated.length > 0) {
    problems.push(problem('COMPARE_SELECTION_INVALID', '$.positions', `each position can be chosen once; chosen twice: ${repeated.join(', ')}`));
  }
  const distinct = new Set(ids).size;
  if (distinct < MIN_COMPARED_POSITIONS || distinct > MAX_COMPARED_POSITIONS) {
    problems.push(
      problem(
        'COMPARE_SELECTION_INVALID',
        '$.positions',
        `choose ${MIN_COMPARED_POSITIONS} to ${MAX_COMPARED_POSITIONS} positions to compare; ${distinct} ${distinct === 1 ? 'was' : 'were'} chosen`,
      ),
    );
  }
  return problems;
}

/** The map's positions for a list of ids, in the order chosen, or a problem naming each id the map lacks. */
export function selectPositions(map: ArgumentMap, ids: readonly string[]): PositionSelection {
  const problems = selectionSizeProblems(ids);
  const byId = new Map(map.positions.map((p) => [p.id, p]));
  const known = map.positions.map((p) => p.id).join(', ') || 'none';
  for (const id of new Set(ids)) {
    if (!byId.has(id)) {
      problems.push(problem('COMPARE_UNKNOWN_POSITION', '$.positions', `the map has no position "${id}"; its positions are: ${known}`, { recordId: id }));
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, positions: ids.map((id) => byId.get(id)!) };
}
