import { LANE_KINDS, laneView } from '../../domain/compare/laneView';
import type { Layout } from '../../domain/schema/layout';
import type { ArgumentMap } from '../../domain/schema/map';
import { selectVisibility, type CounterpointState, type Visibility } from '../../store';
import { memoByKey, memoLast } from '../../store/memo';

/**
 * What the swimlanes hide besides what filters and collapse hide: every node the lanes do
 * not show (passages, works, notes) and every link that would end at one.
 */
const laneVisibility = memoLast((doc: ArgumentMap, base: Visibility): Visibility => {
  const hiddenNodes = new Set(base.hiddenNodes);
  for (const n of doc.nodes) if (!LANE_KINDS.has(n.kind)) hiddenNodes.add(n.id);
  const hiddenEdges = new Set(base.hiddenEdges);
  // Undercuts last: they hide with the link they aim at.
  for (const e of doc.edges) if (e.relation !== 'undercuts' && (hiddenNodes.has(e.from) || hiddenNodes.has(e.to))) hiddenEdges.add(e.id);
  for (const e of doc.edges) if (e.relation === 'undercuts' && (hiddenNodes.has(e.from) || hiddenEdges.has(e.to))) hiddenEdges.add(e.id);
  return { ...base, hiddenNodes, hiddenEdges };
});

/** The visibility the canvas draws with: in the swimlanes, only claims and objections and the links between them. */
export const selectFlowVisibility = (s: CounterpointState): Visibility =>
  s.layoutMode === 'lanes' ? laneVisibility(s.doc, selectVisibility(s)) : selectVisibility(s);

/** The map as the swimlanes draw it: the lane positions in place of the free layout. */
export const inLanes = memoByKey((doc: ArgumentMap): ArgumentMap => ({ ...doc, layout: laneView(doc).positions }));

/** Where each node is drawn in the layout on show (free or swimlanes). */
export const shownLayout = (s: Pick<CounterpointState, 'doc' | 'layoutMode'>): Layout => (s.layoutMode === 'lanes' ? laneView(s.doc).positions : s.doc.layout);
