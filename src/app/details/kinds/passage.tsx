import { Section, TextField } from '../fields';
import type { KindFieldsProps } from '../kindFields';
import { PassageContext } from '../PassageContext';

export default function PassageFields({ node, onPatch }: KindFieldsProps) {
  if (node.kind !== 'passage') return null;
  return (
    <Section title="Passage">
      <PassageContext passage={node} />
      <TextField label="Your note on this passage" multiline rows={3} value={node.note ?? ''} onCommit={(note) => onPatch({ note: note.trim() || undefined })} />
    </Section>
  );
}
