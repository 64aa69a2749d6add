import type { MapNode } from '../../domain/schema/node';
import { useCounterpoint } from '../../store';
import { Section, SelectField, TextField } from './fields';
import { PositionField, QuestionsField } from './recordFields';

type Arguable = Extract<MapNode, { kind: 'claim' | 'objection' }>;

/** The fields of a claim or an objection: text, title, position, questions, and what is particular to each. */
export function ArguableFields({ node, onPatch }: { node: Arguable; onPatch: (patch: Record<string, unknown>) => void }) {
  const patch = onPatch;
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
