import { useEffect, useMemo } from 'react';
import { compareMap, effectivePositions, MAX_COMPARED_POSITIONS, MIN_COMPARED_POSITIONS, type Comparison } from '../../domain/compare';
import { useCounterpoint, useCounterpointStore } from '../../store';
import { compareState, setComparePositions } from './state';

export interface ComparisonState {
  /** The positions in effect: those chosen that the map has, or the default pair. */
  readonly ids: readonly string[];
  /** Null while fewer than two positions are in effect. */
  readonly comparison: Comparison | null;
}

/** The comparison of the positions in effect (see `effectivePositions`), recomputed only when the map or the choice changes. */
export function useComparison(): ComparisonState {
  const store = useCounterpointStore();
  const doc = useCounterpoint((s) => s.doc);
  const anchors = useCounterpoint((s) => s.anchors);
  const chosen = useCounterpoint((s) => compareState.select(s).positions);
  const ids = useMemo(() => effectivePositions(doc, chosen, MAX_COMPARED_POSITIONS), [doc, chosen]);
  const settled = chosen !== null && chosen.length === ids.length && chosen.every((id, i) => id === ids[i]);

  // What is shown becomes the choice (the default pair, or what is left of a choice made on
  // another map), so the URL names it and later edits of the map keep the columns.
  useEffect(() => {
    if (!settled && ids.length > 0) setComparePositions(store, ids);
  }, [settled, ids, store]);

  const comparison = useMemo(() => {
    if (ids.length < MIN_COMPARED_POSITIONS) return null;
    const result = compareMap(doc, ids, { anchors });
    return result.ok ? result.comparison : null;
  }, [doc, anchors, ids]);
  return { ids, comparison };
}
