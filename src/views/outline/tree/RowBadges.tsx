import type { ReactElement } from 'react';
import type { TreeEntry } from '../../../domain/outline/tree';
import type { OutlineItem } from '../../../domain/outline/types';
import { useTree } from './treeContext';

const ARGUING = new Set<OutlineItem['role']>(['thesis', 'reason', 'objection', 'reply', 'undercut']);

/**
 * A claim or objection set out here with nothing to back it: no passage under it and no
 * work it cites (an objection drawn from a historian has its citation). Repeats and
 * passages themselves are not flagged.
 */
export function lacksEvidence(item: OutlineItem): boolean {
  return ARGUING.has(item.role) && item.repeatOf === undefined && !item.passage && !item.cite && !item.children.some((c) => c.role === 'evidence');
}

/**
 * The marks beside an item's name: who holds it, where a passage sits and whether it
 * needs review, a claim without evidence, a repeat, and what the depth limit cut.
 */
export function RowBadges({ entry }: { entry: TreeEntry }) {
  const tree = useTree();
  const item = entry.item;
  const marks: ReactElement[] = [];
  if (item?.position) {
    const color = tree.positions.get(item.position.id)?.color;
    marks.push(
      <span key="position" className="cp-ol-position">
        <span className="cp-ol-dot" style={color ? { background: color } : undefined} aria-hidden="true" />
        {item.position.label}
      </span>,
    );
  }
  if (item?.role === 'work' && item.text) marks.push(<span key="work" className="cp-ol-work">{item.text}</span>);
  if (item?.passage?.needsReview) {
    marks.push(
      <span key="review" className="cp-ol-badge cp-ol-badge--review" title="The quote matches its source only approximately: check it in the reader">
        needs review
      </span>,
    );
  }
  if (item && lacksEvidence(item)) {
    marks.push(
      <span key="evidence" className="cp-ol-badge cp-ol-badge--empty" title="No passage of the source is linked yet: add passages from the reader">
        no evidence yet
      </span>,
    );
  }
  if (item?.repeatOf !== undefined) {
    marks.push(
      <span key="repeat" className="cp-ol-badge">
        {item.repeatOf.startsWith('node:') ? 'leads back to the thesis' : 'set out above'}
      </span>,
    );
  }
  if (item?.cut) {
    marks.push(
      <button
        key="cut"
        type="button"
        tabIndex={-1}
        className="cp-ol-badge cp-ol-badge--cut"
        title={`The outline follows ${tree.depth} levels; click to go one level deeper`}
        onClick={(e) => {
          e.stopPropagation();
          tree.actions.setDepth(Math.min(12, tree.depth + 1));
        }}
      >
        {item.cut} more below depth {tree.depth}
      </button>,
    );
  }
  return (
    <span className="cp-ol-marks">
      {marks}
    </span>
  );
}
