import { Section, TextField } from '../fields';
import type { KindFieldsProps } from '../kindFields';
import { NoteLinks } from '../NoteLinks';

export default function NoteFields({ node, onPatch }: KindFieldsProps) {
  if (node.kind !== 'note') return null;
  return (
    <Section title="Note">
      <TextField label="Text" multiline value={node.text} onCommit={(text) => onPatch({ text })} />
      <TextField label="Short title" value={node.title ?? ''} onCommit={(title) => onPatch({ title: title.trim() || undefined })} />
      <NoteLinks note={node} />
    </Section>
  );
}
