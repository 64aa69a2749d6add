import { useViewport } from '@xyflow/react';
import type { CSSProperties } from 'react';
import type { LaneView } from '../../domain/compare/laneView';
import type { ArgumentMap } from '../../domain/schema/map';
import { LANE_CHROME, labelsLeft } from './chrome';

/** Room at the top of the canvas taken by the floating toolbar; pinned headers sit below it. */
const TOP = 58;
const LABEL_WIDTH = 150;

/**
 * Frozen panes for the lanes: once the lane headers scroll above the canvas, or the
 * questions off its left edge, a compact copy stays pinned to that edge, so a reader
 * zoomed in on a few claims still sees whose lane and which question they are in.
 */
export function StickyLaneLabels({ doc, view }: { doc: ArgumentMap; view: LaneView }) {
  const { x, y, zoom } = useViewport();
  const headersGone = view.bounds.y * zoom + y < TOP;
  const labelsGone = (labelsLeft(view) + LANE_CHROME.labels / 2) * zoom + x < 0;
  if (!headersGone && !labelsGone) return null;
  const positions = new Map(doc.positions.map((p) => [p.id, p]));
  const questions = new Map(doc.questions.map((q) => [q.id, q.text]));
  return (
    <div className="cp-lanes-sticky" aria-hidden="true">
      {headersGone
        ? view.lanes.map((lane) => {
            const position = lane.positionId === null ? undefined : positions.get(lane.positionId);
            const style = { left: lane.x * zoom + x, top: TOP, width: lane.width * zoom, '--cp-position': position?.color ?? 'var(--cp-neutral)' } as CSSProperties;
            return (
              <div key={lane.positionId ?? ''} className="cp-lanes-sticky__head" style={style}>
                {position?.label ?? 'No position'}
              </div>
            );
          })
        : null}
      {labelsGone
        ? view.rows.map((row) => (
            <div key={row.questionId ?? ''} className="cp-lanes-sticky__row" style={{ top: row.y * zoom + y, height: row.height * zoom, width: LABEL_WIDTH }}>
              {row.questionId === null ? 'Answers no question' : questions.get(row.questionId)}
            </div>
          ))
        : null}
    </div>
  );
}
