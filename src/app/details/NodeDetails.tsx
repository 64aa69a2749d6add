import { KIND_LABELS } from '../../domain/labels';
import { selectNode, useCounterpoint, useCounterpointStore } from '../../store';
import { AddLinkForm } from './AddLinkForm';
import { Section } from './fields';
import { KindFields } from './kindFields';
import { RelationList } from './RelationList';
import { useEdit } from './useEdit';

/** Everything about one node: its full text, its fields by kind, and its links. */
export function NodeDetails({ id }: { id: string }) {
  const node = useCounterpoint(selectNode(id));
  const store = useCounterpointStore();
  const edit = useEdit();
  if (!node) return null;
  return (
    <article className="cp-details" aria-label={`${KIND_LABELS[node.kind]} details`}>
      <header className="cp-details__head">
        <span className={`cp-kind-chip cp-kind-chip--${node.kind}`}>{KIND_LABELS[node.kind]}</span>
        <code className="cp-details__id" title="The node's id in the map file">
          {node.id}
        </code>
        <button type="button" className="cp-button cp-button--danger" onClick={() => store.getState().removeElements({ nodes: [id] })}>
          Delete
        </button>
      </header>
      <KindFields node={node} onPatch={(p) => edit((s) => s.updateNode(node.id, p))} />
      <Section title="Links">
        <RelationList id={id} />
        <AddLinkForm id={id} kind={node.kind} />
      </Section>
    </article>
  );
}
