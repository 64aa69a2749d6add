import type { CSSProperties, ReactNode } from 'react';
import { useCounterpoint, useCounterpointShallow, useCounterpointStore } from '../../store';
import { NodeHandles } from './NodeHandles';
import { InlineEditor } from './InlineEditor';
import { useLevelInfo } from '../levels/useDetailLevel';
import { selectCollapsedCount, selectHasHangers, selectIsEditing, selectTally } from './nodeSelectors';

interface ShellProps {
  readonly id: string;
  readonly kind: string;
  readonly className?: string;
  readonly style?: CSSProperties;
  readonly children: ReactNode;
}

/** The frame every node kind shares: fixed size (from the flow node), handles, collapse toggle. */
export function NodeShell({ id, kind, className, style, children }: ShellProps) {
  // Handles sit beside the card, not in it: the card clips its text, and would clip the grips too.
  return (
    <>
      <NodeHandles kind={kind} nodeId={id} />
      <PeerMarks id={id} />
      <div className={`cp-node cp-node--${kind}${className ? ` ${className}` : ''}`} style={style}>
        {children}
        <FoldedCounts id={id} />
        <CollapseToggle id={id} />
      </div>
    </>
  );
}

export function Kicker({ children, className }: { children: ReactNode; className?: string }) {
  return <div className={`cp-node__kicker${className ? ` ${className}` : ''}`}>{children}</div>;
}

/** The node's text, clamped to the card; inline editing replaces it with a text field. */
export function NodeText({ id, text, title, label, lines }: { id: string; text: string; title?: string | undefined; label: string; lines: number }) {
  const editing = useCounterpoint(selectIsEditing(id));
  if (editing) return <InlineEditor id={id} text={text} label={label} />;
  return (
    <div className="cp-node__body" style={{ '--cp-lines': lines } as CSSProperties}>
      {title ? <div className="cp-node__title">{title}</div> : null}
      <div className={title ? 'cp-node__text cp-node__text--sub' : 'cp-node__text'}>{text}</div>
    </div>
  );
}

/** Counts of what argues for a node: reasons for and against, passages, historians' readings. */
export function Tally({ id }: { id: string }) {
  const [pro, con, evidence, readings] = useCounterpoint(selectTally(id)).split('|').map(Number) as [number, number, number, number];
  if (pro + con + evidence + readings === 0) return null;
  const parts = [
    pro ? `${pro} for` : '',
    con ? `${con} against` : '',
    evidence ? `${evidence} passage${evidence > 1 ? 's' : ''}` : '',
    readings ? `${readings} reading${readings > 1 ? 's' : ''}` : '',
  ].filter(Boolean);
  return (
    <div className="cp-node__tally" title={parts.join(', ')}>
      {pro ? <span className="cp-tally cp-tally--pro">▲ {pro}</span> : null}
      {con ? <span className="cp-tally cp-tally--con">▼ {con}</span> : null}
      {evidence ? <span className="cp-tally">❝ {evidence}</span> : null}
      {readings ? <span className="cp-tally">◆ {readings}</span> : null}
    </div>
  );
}

function CollapseToggle({ id }: { id: string }) {
  const store = useCounterpointStore();
  const hasHangers = useCounterpoint(selectHasHangers(id));
  const hidden = useCounterpoint(selectCollapsedCount(id));
  if (!hasHangers) return null;
  const collapsed = hidden !== null;
  return (
    <button
      type="button"
      className={`cp-collapse nodrag${collapsed ? ' cp-collapse--on' : ''}`}
      aria-label={collapsed ? `Expand: show ${hidden} hidden node${hidden === 1 ? '' : 's'}` : 'Collapse what hangs under this node'}
      aria-expanded={!collapsed}
      onClick={(e) => {
        e.stopPropagation();
        store.getState().toggleCollapsed(id);
      }}
      onDoubleClick={(e) => e.stopPropagation()}
    >
      {collapsed ? `+${hidden}` : '−'}
    </button>
  );
}

/** At the middle level, the evidence folded into a claim or objection, as counts. */
function FoldedCounts({ id }: { id: string }) {
  const { level, folded } = useLevelInfo();
  const counts = level === 'middle' ? folded.get(id) : undefined;
  if (!counts) return null;
  const parts = [
    counts.passages ? `${counts.passages} passage${counts.passages > 1 ? 's' : ''}` : '',
    counts.works ? `${counts.works} work${counts.works > 1 ? 's' : ''}` : '',
    counts.notes ? `${counts.notes} note${counts.notes > 1 ? 's' : ''}` : '',
  ].filter(Boolean);
  return <div className="cp-node__folded">{parts.join(' · ')}</div>;
}

/** Who else in the room has this node selected: a ring and a name tag in each one's colour. */
function PeerMarks({ id }: { id: string }) {
  const peers = useCounterpointShallow((s) => (s.live.peers.length ? s.live.peers.filter((p) => p.selection.includes(id)) : NO_PEERS));
  if (peers.length === 0) return null;
  return (
    <div className="cp-peer-marks" style={{ borderColor: peers[0]!.color }} data-peers={peers.map((p) => p.name).join(', ')}>
      <div className="cp-peer-marks__tags">
        {peers.map((p) => (
          <span key={p.clientId} className="cp-peer-tag" style={{ backgroundColor: p.color }}>
            {p.name}
          </span>
        ))}
      </div>
    </div>
  );
}

const NO_PEERS: readonly never[] = [];
