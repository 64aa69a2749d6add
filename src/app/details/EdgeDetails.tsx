import { relationsBetween } from '../../domain/relations';
import { STANCES, type Relation, type Stance } from '../../domain/schema/edge';
import { edgeById, nodeById, selectEdge, useCounterpoint, useCounterpointStore } from '../../store';
import { KIND_LABELS, nodeName, RELATION_LABELS, truncate } from '../../domain/labels';
import { relationStyle } from '../../ui/relationStyles';
import { Section, SelectField, TextField } from './fields';
import { RelationList } from './RelationList';
import { useEdit } from './useEdit';

/** One link: its two ends (as links that select them), its relation, and for a reading its stance, note and pages. */
export function EdgeDetails({ id }: { id: string }) {
  const edge = useCounterpoint(selectEdge(id));
  const doc = useCounterpoint((s) => s.doc);
  const store = useCounterpointStore();
  const edit = useEdit();
  if (!edge) return null;
  const from = nodeById(doc, edge.from);
  const to = nodeById(doc, edge.to);
  const target = edge.relation === 'undercuts' ? edgeById(doc, edge.to) : undefined;
  const end = (nodeId: string) => {
    const n = nodeById(doc, nodeId);
    return (
      <button type="button" className="cp-link-button" onClick={() => store.getState().selectNode(nodeId, { reveal: true })}>
        {n ? `${KIND_LABELS[n.kind]}: ${truncate(nodeName(doc, n), 80)}` : nodeId}
      </button>
    );
  };
  const relations: Relation[] = from && to ? relationsBetween(from.kind, to.kind) : [edge.relation];
  return (
    <article className="cp-details" aria-label="Link details">
      <header className="cp-details__head">
        <span className={`cp-kind-chip cp-tone-chip cp-tone--${edge.relation === 'assesses' ? `assesses-${edge.stance}` : edge.relation}`}>
          {relationStyle(edge.relation, edge.stance).glyph} Link
        </span>
        <code className="cp-details__id">{edge.id}</code>
        <button type="button" className="cp-button cp-button--danger" onClick={() => store.getState().removeElements({ edges: [id] })}>
          Delete
        </button>
      </header>
      <Section title="Link">
        <dl className="cp-ends">
          <dt>From</dt>
          <dd>{end(edge.from)}</dd>
          <dt>{RELATION_LABELS[edge.relation]}</dt>
          <dd>
            {target ? (
              <button type="button" className="cp-link-button" onClick={() => store.getState().select({ nodes: [], edges: [target.id] })}>
                the link: {truncate(nodeName(doc, nodeById(doc, target.from)!), 40)} {target.relation} {truncate(nodeName(doc, nodeById(doc, target.to)!), 40)}
              </button>
            ) : (
              end(edge.to)
            )}
          </dd>
        </dl>
        {edge.relation !== 'undercuts' && relations.length > 1 ? (
          <SelectField label="Relation" value={edge.relation} options={relations.filter((r) => r !== 'undercuts').map((r) => ({ value: r, label: r }))} onChange={(relation) => edit((s) => s.updateEdge(id, { relation: relation as Relation }))} />
        ) : null}
        {edge.relation === 'assesses' ? (
          <>
            <SelectField label="Stance" value={edge.stance ?? 'supports'} options={STANCES.map((s) => ({ value: s, label: s }))} onChange={(stance) => edit((s) => s.updateEdge(id, { stance: stance as Stance }))} />
            <TextField label="Pages" value={edge.pages ?? ''} onCommit={(pages) => edit((s) => s.updateEdge(id, { pages: pages.trim() || undefined }))} />
          </>
        ) : null}
        <TextField
          label={edge.relation === 'assesses' ? 'What the work says' : 'Why the link holds'}
          multiline
          rows={4}
          value={edge.note ?? ''}
          onCommit={(note) => edit((s) => s.updateEdge(id, { note: note.trim() || undefined }))}
        />
      </Section>
      {edge.relation === 'supports' || edge.relation === 'attacks' ? (
        <Section title="Undercut by">
          <RelationList id={id} />
        </Section>
      ) : null}
    </article>
  );
}
