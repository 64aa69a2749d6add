import { KIND_LABELS } from '../../domain/labels';
import type { ArgumentMap } from '../../domain/schema/map';
import { NODE_KINDS, type NodeKind } from '../../domain/schema/node';
import { worksCited } from '../../domain/stats';
import { useCounterpoint, useCounterpointStore } from '../../store';
import { Section, TextField } from './fields';
import { useEdit } from './useEdit';

/** With nothing selected: the map itself, its title and description, positions, questions and load warnings. */
export function MapDetails() {
  const doc = useCounterpoint((s) => s.doc);
  const problems = useCounterpoint((s) => s.loadProblems);
  const store = useCounterpointStore();
  const edit = useEdit();
  const warnings = problems.filter((p) => p.severity === 'warning');
  const counts = NODE_KINDS.map((k) => [k, doc.nodes.filter((n) => n.kind === k).length] as const).filter(([, n]) => n > 0);
  return (
    <article className="cp-details" aria-label="Map details">
      <Section title="This map">
        <TextField label="Title" value={doc.title} onCommit={(title) => edit((s) => s.setMeta({ title }))} />
        <TextField label="Description" multiline rows={3} value={doc.description ?? ''} onCommit={(description) => edit((s) => s.setMeta({ description }))} />
        <p className="cp-muted">
          {counts.length === 0 ? 'No nodes yet: press C for a claim, or use the toolbar.' : counts.map(([k, n]) => countLabel(k, n, doc)).join(' · ')}
          {doc.edges.length ? ` · ${doc.edges.length} link${doc.edges.length === 1 ? '' : 's'}` : ''}
        </p>
      </Section>
      {warnings.length > 0 ? (
        <Section title="Needs attention">
          <ul className="cp-problems-list">
            {warnings.map((p, i) => (
              <li key={i}>
                <code>{p.code}</code> {p.message}
                {p.recordId && doc.nodes.some((n) => n.id === p.recordId) ? (
                  <>
                    {' '}
                    <button type="button" className="cp-link-button" onClick={() => store.getState().selectNode(p.recordId!, { reveal: true })}>
                      Show
                    </button>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {doc.positions.length > 0 ? (
        <Section title="Positions">
          <ul className="cp-plain-list">
            {doc.positions.map((p) => (
              <li key={p.id}>
                <span className="cp-legend__swatch" style={{ background: p.color }} aria-hidden="true" />
                {p.label} {p.period ? <span className="cp-muted">{p.period}</span> : null}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {doc.questions.length > 0 ? (
        <Section title="Questions">
          <ul className="cp-plain-list">
            {doc.questions.map((q) => (
              <li key={q.id}>{q.text}</li>
            ))}
          </ul>
        </Section>
      ) : null}
    </article>
  );
}

/** "41 passages"; works count the works cited, with their readings when a work reads several claims. */
function countLabel(kind: NodeKind, n: number, doc: ArgumentMap): string {
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;
  if (kind !== 'work') return plural(n, KIND_LABELS[kind].toLowerCase());
  const cited = worksCited(doc);
  return cited === n ? plural(n, 'work') : `${plural(cited, 'work')} (${plural(n, 'reading')})`;
}
