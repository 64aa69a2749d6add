import { useEffect, useMemo } from 'react';
import { compareMap, effectivePositions, MAX_COMPARED_POSITIONS, MIN_COMPARED_POSITIONS, type Comparison } from '../../domain/compare';
import { useCounterpoint, useCounterpointStore } from '../../store';

export interface ComparisonState {
  /** The positions in effect: those chosen that the map has, or the default pair. */
  readonly ids: readonly string[];
  /** Null while fewer than two positions are in effect. */
  readonly comparison: Comparison | null;
}

/**
 * The comparison of the positions chosen, recomputed only when the map or the choice
 * changes. When nothing chosen is left (first visit, another map), the default pair is
 * chosen for the user, so that editing the map never swaps the columns under them.
 */
export function useComparison(): ComparisonState {
  const store = useCounterpointStore();
  const doc = useCounterpoint((s) => s.doc);
  const anchors = useCounterpoint((s) => s.anchors);
  const chosen = useCounterpoint((s) => s.comparePositions);
  const ids = useMemo(() => effectivePositions(doc, chosen, MAX_COMPARED_POSITIONS), [doc, chosen]);
  const fromDefault = !chosen?.some((id) => ids.includes(id));

  useEffect(() => {
    if (fromDefault && ids.length > 0) store.getState().setComparePositions(ids);
  }, [fromDefault, ids, store]);

  const comparison = useMemo(() => {
    if (ids.length < MIN_COMPARED_POSITIONS) return null;
    const result = compareMap(doc, ids, { anchors });
    return result.ok ? result.comparison : null;
  }, [doc, anchors, ids]);
  return { ids, comparison };
}
