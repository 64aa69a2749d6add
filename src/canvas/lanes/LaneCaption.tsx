import { LANE_KINDS, type LaneView } from '../../domain/compare/laneView';
import type { ArgumentMap } from '../../domain/schema/map';
import { NODE_KINDS } from '../../domain/schema/node';
import { KIND_LABELS } from '../../domain/labels';
import { LANE_CHROME, labelsLeft } from './chrome';

/** In the corner above the questions: what the lanes are, and what they leave to the free layout. */
export function LaneCaption({ doc, view }: { doc: ArgumentMap; view: LaneView }) {
  const { header, labels } = LANE_CHROME;
  const left = leftOut(doc.nodes);
  return (
    <p className="cp-lanes__caption" style={{ left: labelsLeft(view), top: view.bounds.y - header, width: labels }}>
      <strong>A lane per position, a row per question.</strong> {left ? `${left} stay in the free layout; each claim counts its own (❝ passages, ◆ readings).` : ''}
    </p>
  );
}

/** "41 passages, 16 works and 1 note": what the lanes do not show, or an empty string. */
function leftOut(nodes: readonly { kind: string }[]): string {
  const parts = NODE_KINDS.filter((k) => !LANE_KINDS.has(k)).flatMap((kind) => {
    const n = nodes.filter((node) => node.kind === kind).length;
    return n > 0 ? [`${n} ${KIND_LABELS[kind].toLowerCase()}${n === 1 ? '' : 's'}`] : [];
  });
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? '');
}
