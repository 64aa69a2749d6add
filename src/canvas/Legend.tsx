import { Panel } from '@xyflow/react';
import { useState } from 'react';
import type { Relation } from '../domain/schema/edge';
import { useCounterpoint } from '../store';
import { RELATION_STYLES, STANCE_STYLES, type RelationStyle } from '../ui/relationStyles';

const RELATIONS: readonly Exclude<Relation, 'assesses'>[] = ['supports', 'attacks', 'undercuts', 'states', 'contrasts'];

function Sample({ tone, style }: { tone: string; style: RelationStyle }) {
  return (
    <svg className="cp-legend__sample" width="64" height="18" viewBox="0 0 64 18" aria-hidden="true">
      <path d="M4 9 H58" className={`cp-edge__line cp-tone--${tone}`} markerEnd={`url(#${style.markerEnd})`} markerStart={style.markerStart ? `url(#${style.markerStart})` : undefined} />
      <g className={`cp-glyph cp-tone--${tone}`} transform="translate(30 9)">
        <circle r={style.glyph.length > 1 ? 8.5 : 7} />
        <text dy="0.35em" textAnchor="middle">
          {style.glyph}
        </text>
      </g>
    </svg>
  );
}

const KEY = 'counterpoint:legend-open';

/** Folded unless the user opened it before: open, it would cover the right side of a fitted map. */
function readOpen(): boolean {
  try {
    return localStorage.getItem(KEY) === 'true';
  } catch {
    return false;
  }
}

function writeOpen(open: boolean): void {
  try {
    localStorage.setItem(KEY, String(open));
  } catch {
    // Storage switched off: the legend simply starts folded next time.
  }
}

/** What the colours, markers and signs mean: positions of this map, and every relation. */
export function Legend() {
  const positions = useCounterpoint((s) => s.doc.positions);
  const [open, setOpen] = useState(readOpen);
  const toggle = () => {
    setOpen(!open);
    writeOpen(!open);
  };
  return (
    <Panel position="top-right" className="cp-legend-panel">
      <aside className="cp-legend" aria-label="Legend">
        <button type="button" className="cp-legend__toggle" aria-expanded={open} onClick={toggle}>
          Legend <span aria-hidden="true">{open ? '▾' : '▸'}</span>
        </button>
        {open ? (
          <div className="cp-legend__body">
            {positions.length > 0 ? (
              <>
                <h2>Positions</h2>
                <ul>
                  {positions.map((p) => (
                    <li key={p.id}>
                      <span className="cp-legend__swatch" style={{ background: p.color }} aria-hidden="true" />
                      <span>
                        {p.label}
                        {p.period ? <span className="cp-legend__period"> · {p.period}</span> : null}
                      </span>
                    </li>
                  ))}
                </ul>
              </>
            ) : null}
            <h2>Relations</h2>
            <ul>
              {RELATIONS.map((r) => (
                <li key={r} title={RELATION_STYLES[r].meaning}>
                  <Sample tone={r} style={RELATION_STYLES[r]} />
                  <span>{r}</span>
                </li>
              ))}
              <li title="A work's reading of a claim: it supports (✓), challenges (✕) or complicates (≈) it">
                <svg className="cp-legend__sample" width="64" height="18" viewBox="0 0 64 18" aria-hidden="true">
                  {(Object.keys(STANCE_STYLES) as (keyof typeof STANCE_STYLES)[]).map((stance, i) => (
                    <g key={stance} className={`cp-glyph cp-tone--assesses-${stance}`} transform={`translate(${10 + i * 22} 9)`}>
                      <circle r={7} />
                      <text dy="0.35em" textAnchor="middle">
                        {STANCE_STYLES[stance].glyph}
                      </text>
                    </g>
                  ))}
                </svg>
                <span>
                  assesses <span className="cp-legend__period">(a work’s stance)</span>
                </span>
              </li>
            </ul>
          </div>
        ) : null}
      </aside>
    </Panel>
  );
}
