import { STANCES, type Stance } from '../../domain/schema/edge';
import type { NodeOfKind } from '../../domain/schema/node';
import { nodeById, useCounterpoint } from '../../store';
import { KIND_LABELS, nodeName, truncate } from '../../domain/labels';
import { Section, SelectField, TextField } from './fields';
import { useEdit } from './useEdit';
import { WorkReference } from './WorkReference';

/** A work: its formatted reference and pinpoint, and each reading it gives of a claim (stance, note, pages). */
export function WorkDetails({ work, onPatch }: { work: NodeOfKind<'work'>; onPatch: (p: Record<string, unknown>) => void }) {
  const reference = useCounterpoint((s) => s.doc.references.find((r) => r.id === work.ref));
  const doc = useCounterpoint((s) => s.doc);
  const edit = useEdit();
  const readings = doc.edges.filter((e) => e.from === work.id && e.relation === 'assesses');
  return (
    <>
      <Section title="Work">
        <WorkReference reference={reference} pages={work.pages} />
        <TextField label="Pages cited" value={work.pages ?? ''} placeholder="e.g. 112-15" onCommit={(pages) => onPatch({ pages: pages.trim() || undefined })} />
        <TextField label="Note" multiline rows={3} value={work.note ?? ''} onCommit={(note) => onPatch({ note: note.trim() || undefined })} />
      </Section>
      {readings.length > 0 ? (
        <Section title="Readings">
          {readings.map((e) => {
            const claim = nodeById(doc, e.to);
            return (
              <div key={e.id} className="cp-reading">
                <p className="cp-reading__claim">
                  On {claim ? `${KIND_LABELS[claim.kind].toLowerCase()} “${truncate(nodeName(doc, claim), 80)}”` : e.to}
                </p>
                <SelectField
                  label="Stance"
                  value={e.stance ?? 'supports'}
                  options={STANCES.map((s) => ({ value: s, label: s }))}
                  onChange={(stance) => edit((s) => s.updateEdge(e.id, { stance: stance as Stance }))}
                />
                <TextField label="What the work says" multiline rows={3} value={e.note ?? ''} onCommit={(note) => edit((s) => s.updateEdge(e.id, { note: note.trim() || undefined }))} />
                <TextField label="Pages" value={e.pages ?? ''} onCommit={(pages) => edit((s) => s.updateEdge(e.id, { pages: pages.trim() || undefined }))} />
              </div>
            );
          })}
        </Section>
      ) : null}
    </>
  );
}
