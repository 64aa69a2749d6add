/**
 * Comparing positions: the matrix (`compareMap`), the timeline (`timelineOf`) and the
 * swimlane layout (`swimlaneLayout`). Pure functions of a loaded map, so the compare view,
 * the canvas and the command line all show the same comparison.
 */
export { compareMap, agreementOf, type CompareOptions, type CompareResult } from './compareMap';
export { comparePair, questionStatus } from './agreement';
export { buildCell } from './cell';
export { defaultPositions, effectivePositions } from './defaultChoice';
export { heldAnswers, heldBy } from './holdings';
export { LANE_KINDS, laneView, moveInLanes, resetLanes, type LaneBounds, type LaneView } from './laneView';
export { rankPassages, QUOTABLE_MAX, QUOTABLE_MIN, QUOTE_IDEAL } from './passage';
export { selectPositions, selectionSizeProblems, type PositionSelection } from './select';
export { overallAgreement, questionSummary } from './summary';
export { swimlaneLayout, type SwimLane, type SwimlaneLayout, type SwimlaneOptions, type SwimPlacement, type SwimRow } from './swimlanes';
export {
  orderByPeriod,
  periodStart,
  shiftsOf,
  startYear,
  timelineOf,
  type Timeline,
  type TimelineEntry,
  type TimelineQuestion,
  type TimelineShift,
  type TimelineStep,
} from './timeline';
export * from './types';
