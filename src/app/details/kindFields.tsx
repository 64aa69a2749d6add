import type { ComponentType } from 'react';
import type { MapNode } from '../../domain/schema/node';
import { KIND_LABELS } from '../../domain/labels';
import { Section, TextField } from './fields';

export type KindFieldsProps = { readonly node: MapNode; readonly onPatch: (patch: Record<string, unknown>) => void };

/** Each kind's fields are `kinds/<kind>.tsx` (its default export), found here by its file name. */
const FIELDS = import.meta.glob<ComponentType<KindFieldsProps>>('./kinds/*.tsx', { eager: true, import: 'default' });

/** A node's own fields: its kind's, or for a kind without any, its text and title when it has them. */
export function KindFields(props: KindFieldsProps) {
  const Fields = FIELDS[`./kinds/${props.node.kind}.tsx`] ?? GenericFields;
  return <Fields {...props} />;
}

function GenericFields({ node, onPatch }: KindFieldsProps) {
  const fields = node as unknown as { text?: unknown; title?: unknown };
  return (
    <Section title={KIND_LABELS[node.kind]}>
      {typeof fields.text === 'string' ? <TextField label="Text" multiline value={fields.text} onCommit={(text) => onPatch({ text })} /> : null}
      {typeof fields.title === 'string' || typeof fields.text === 'string' ? (
        <TextField label="Short title" value={typeof fields.title === 'string' ? fields.title : ''} onCommit={(title) => onPatch({ title: title.trim() || undefined })} />
      ) : null}
    </Section>
  );
}
