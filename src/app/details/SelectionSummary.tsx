import { useCommand } from '../../commands/CommandsProvider';
import { displayShortcut } from '../../commands/keys';
import { useCounterpoint } from '../../store';
import { Section } from './fields';

function CommandButton({ id }: { id: string }) {
  const { command, enabled, run } = useCommand(id);
  const key = command.shortcut?.[0];
  return (
    <button type="button" className="cp-button" disabled={!enabled} onClick={run} title={key ? displayShortcut(key) : undefined}>
      {command.label}
    </button>
  );
}

/** Several things selected: how many, and what can be done to them all. */
export function SelectionSummary() {
  const nodes = useCounterpoint((s) => s.selection.nodes.length);
  const edges = useCounterpoint((s) => s.selection.edges.length);
  return (
    <article className="cp-details" aria-label="Selection">
      <Section title="Selection">
        <p>
          {nodes} node{nodes === 1 ? '' : 's'}
          {edges ? ` and ${edges} link${edges === 1 ? '' : 's'}` : ''} selected.
        </p>
        <div className="cp-button-row">
          <CommandButton id="layout.selection" />
          <CommandButton id="edit.duplicate" />
          <CommandButton id="view.fitSelection" />
          <CommandButton id="edit.delete" />
        </div>
      </Section>
    </article>
  );
}
