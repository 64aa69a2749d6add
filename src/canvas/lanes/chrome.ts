import type { LaneBounds, LaneView } from '../../domain/compare/laneView';

/** Room above the first row for lane headers, around each lane, and left of the lanes for the questions. */
export const LANE_CHROME = { header: 96, pad: 28, gutter: 24, labels: 300 } as const;

/** Left edge of the question labels, in map units. */
export function labelsLeft(view: LaneView): number {
  return (view.lanes[0]?.x ?? view.bounds.x) - LANE_CHROME.pad - LANE_CHROME.gutter - LANE_CHROME.labels;
}

/** Clear space kept above the lane headers when the lanes are fitted in view, for the canvas's floating toolbar. */
const TOOLBAR_ROOM = 150;

/** Fitting fewer lanes than this fills the screen no further, so a map just begun is not blown up to twice its size. */
const SMALLEST_FRAME = { width: 1200, height: 760 };

/** Everything the swimlanes draw, headers and question labels included: what "fit the lanes" fits. */
export function laneFrame(view: LaneView): LaneBounds {
  const x = Math.min(labelsLeft(view), view.bounds.x);
  const y = view.bounds.y - LANE_CHROME.header - TOOLBAR_ROOM;
  const width = view.bounds.x + view.bounds.width + LANE_CHROME.pad - x;
  const height = view.bounds.y + view.bounds.height + LANE_CHROME.pad - y;
  // Grown to the right and downwards, so the lanes stay at the top left of the view.
  return { x, y, width: Math.max(width, SMALLEST_FRAME.width), height: Math.max(height, SMALLEST_FRAME.height) };
}
