import type { ArgumentMap } from '../domain/schema/map';

const RELATION_HELP: [string, string][] = [
  ['states', 'passage states a claim'],
  ['supports', 'reason or evidence for'],
  ['attacks', 'reason against'],
  ['undercuts', 'denies that a link holds'],
  ['contrasts', 'rival answers'],
  ['assesses', 'a historian\'s reading'],
];

export function Legend({ map }: { map: ArgumentMap }) {
  return (
    <aside className="cp-legend" aria-label="Legend">
      <h2>Positions</h2>
      <ul>
        {map.positions.map((p) => (
          <li key={p.id}>
            <span className="cp-legend__swatch" style={{ background: p.color }} aria-hidden="true" />
            {p.label}
            {p.period ? <span className="cp-legend__period"> {p.period}</span> : null}
          </li>
        ))}
      </ul>
      <h2>Relations</h2>
      <ul>
        {RELATION_HELP.map(([r, help]) => (
          <li key={r}>
            <svg width="36" height="10" aria-hidden="true">
              <line x1="2" y1="5" x2="34" y2="5" className={`cp-legend__line cp-edge--${r}`} />
            </svg>
            <b>{r}</b> <span className="cp-legend__period">{help}</span>
          </li>
        ))}
      </ul>
    </aside>
  );
}
