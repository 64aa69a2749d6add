import { ViewportPortal } from '@xyflow/react';
import type { CSSProperties } from 'react';
import { laneView, type LaneView } from '../../domain/compare/laneView';
import type { ArgumentMap } from '../../domain/schema/map';
import { selectDoc, useCounterpoint } from '../../store';
import { LANE_CHROME, labelsLeft } from './chrome';
import { LaneCaption } from './LaneCaption';
import { StickyLaneLabels } from './StickyLaneLabels';
import './lanes.css';

/** The swimlanes' backdrop on the canvas: a tinted lane per position with its header, and a band per question. */
export function LaneLayer() {
  const lanes = useCounterpoint((s) => s.layoutMode === 'lanes');
  return lanes ? <Lanes /> : null;
}

function Lanes() {
  const doc = useCounterpoint(selectDoc);
  const view = laneView(doc);
  return (
    <>
      <ViewportPortal>
        <div className="cp-lanes" role="group" aria-label="Swimlanes: a lane per position, a row per question">
          <Rows doc={doc} view={view} />
          {view.lanes.map((lane) => (
            <LaneBackdrop key={lane.positionId ?? ''} doc={doc} view={view} positionId={lane.positionId} x={lane.x} width={lane.width} />
          ))}
          <LaneCaption doc={doc} view={view} />
        </div>
      </ViewportPortal>
      <StickyLaneLabels doc={doc} view={view} />
    </>
  );
}

function Rows({ doc, view }: { doc: ArgumentMap; view: LaneView }) {
  const { pad, labels } = LANE_CHROME;
  const left = labelsLeft(view);
  const last = view.lanes.at(-1);
  const right = last ? last.x + last.width + pad : left + labels;
  const questions = new Map(doc.questions.map((q) => [q.id, q.text]));
  return (
    <>
      {view.rows.map((row, i) => (
        <div
          key={row.questionId ?? ''}
          className={`cp-lanes__row${i % 2 === 1 ? ' cp-lanes__row--alt' : ''}`}
          style={{ left, top: row.y - pad / 2, width: right - left, height: row.height + pad }}
        >
          <p className="cp-lanes__question" style={{ width: labels } as CSSProperties}>
            {row.questionId === null ? <em>Answers no question</em> : (questions.get(row.questionId) ?? row.questionId)}
          </p>
        </div>
      ))}
    </>
  );
}

interface BackdropProps {
  readonly doc: ArgumentMap;
  readonly view: LaneView;
  readonly positionId: string | null;
  readonly x: number;
  readonly width: number;
}

function LaneBackdrop({ doc, view, positionId, x, width }: BackdropProps) {
  const { header, pad } = LANE_CHROME;
  const position = positionId === null ? undefined : doc.positions.find((p) => p.id === positionId);
  const held = doc.nodes.filter((n) => (n.kind === 'claim' || n.kind === 'objection') && (n.position ?? null) === positionId).length;
  const style = {
    left: x - pad,
    top: view.bounds.y - header,
    width: width + 2 * pad,
    height: view.bounds.height + header + pad,
    '--cp-position': position?.color ?? 'var(--cp-neutral)',
  } as CSSProperties;
  return (
    <section className={`cp-lanes__lane${position ? '' : ' cp-lanes__lane--none'}`} style={style} aria-label={position?.label ?? 'No position'}>
      <header className="cp-lanes__head">
        <span className="cp-lanes__label">{position?.label ?? 'No position'}</span>
        <span className="cp-lanes__meta">
          {position?.period ? `${position.period} · ` : ''}
          {held} {held === 1 ? 'claim' : 'claims'}
        </span>
      </header>
    </section>
  );
}
