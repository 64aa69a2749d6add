import type { MapNode } from '../../domain/schema/node';
import { KIND_LABELS } from '../../domain/labels';
import { selectNode, useCounterpoint, useCounterpointStore } from '../../store';
import { AddLinkForm } from './AddLinkForm';
import { Section, SelectField, TextField } from './fields';
import { PassageContext } from './PassageContext';
import { PositionField, QuestionsField } from './recordFields';
import { RelationList } from './RelationList';
import { useEdit } from './useEdit';
import { WorkDetails } from './WorkDetails';
import { NoteLinks } from './NoteLinks';

/** Everything about one node: its full text, its fields by kind, and its links. */
export function NodeDetails({ id }: { id: string }) {
  const node = useCounterpoint(selectNode(id));
  const store = useCounterpointStore();
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
      <KindFields node={node} />
      <Section title="Links">
        <RelationList id={id} />
        <AddLinkForm id={id} kind={node.kind} />
      </Section>
    </article>
  );
}

function KindFields({ node }: { node: MapNode }) {
  const edit = useEdit();
  const patch = (p: Record<string, unknown>) => edit((s) => s.updateNode(node.id, p));
  switch (node.kind) {
    case 'claim':
    case 'objection':
      return (
        <Section title={node.kind === 'claim' ? 'Claim' : 'Objection'}>
          <TextField label="Text" multiline value={node.text} onCommit={(text) => patch({ text })} hint="The full proposition. Ctrl+Enter or leaving the field saves it." />
          <TextField label="Short title" value={node.title ?? ''} placeholder="Optional: a label for the card" onCommit={(title) => patch({ title: title.trim() || undefined })} />
          <PositionField value={node.position} onChange={(position) => patch({ position })} />
          <QuestionsField answers={node.answers} onChange={(answers) => patch({ answers })} />
          {node.kind === 'claim' ? (
            <label className="cp-check">
              <input type="checkbox" checked={node.central ?? false} onChange={(e) => patch({ central: e.target.checked || undefined })} />
              Central to the map (a thesis)
            </label>
          ) : (
            <ObjectionSource node={node} onPatch={patch} />
          )}
        </Section>
      );
    case 'passage':
      return (
        <Section title="Passage">
          <PassageContext passage={node} />
          <TextField label="Your note on this passage" multiline rows={3} value={node.note ?? ''} onCommit={(note) => patch({ note: note.trim() || undefined })} />
        </Section>
      );
    case 'work':
      return <WorkDetails work={node} onPatch={patch} />;
    case 'note':
      return (
        <Section title="Note">
          <TextField label="Text" multiline value={node.text} onCommit={(text) => patch({ text })} />
          <TextField label="Short title" value={node.title ?? ''} onCommit={(title) => patch({ title: title.trim() || undefined })} />
          <NoteLinks note={node} />
        </Section>
      );
  }
}

function ObjectionSource({ node, onPatch }: { node: Extract<MapNode, { kind: 'objection' }>; onPatch: (p: Record<string, unknown>) => void }) {
  const references = useCounterpoint((s) => s.doc.references);
  return (
    <>
      <SelectField
        label="Drawn from"
        value={node.ref ?? ''}
        emptyLabel="No reference"
        options={references.map((r) => ({ value: r.id, label: `${r.title ?? r.id}` }))}
        onChange={(ref) => onPatch({ ref: ref || undefined, ...(ref ? {} : { pages: undefined }) })}
      />
      {node.ref ? <TextField label="Pages" value={node.pages ?? ''} onCommit={(pages) => onPatch({ pages: pages.trim() || undefined })} /> : null}
    </>
  );
}
