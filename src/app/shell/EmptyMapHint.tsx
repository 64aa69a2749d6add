import { useCounterpoint } from '../../store';
import { CommandButton } from '../../ui/CommandButton';
import { ICONS } from '../../ui/icons';

/** What an empty map says: where to start, with the same commands as the toolbar. */
export function EmptyMapHint() {
  const empty = useCounterpoint((s) => s.doc.nodes.length === 0);
  if (!empty) return null;
  return (
    <div className="cp-empty-hint" role="note" aria-label="This map is empty">
      <h2>An empty map</h2>
      <p>Start with the claim you want to argue about, then add its reasons, objections and the passages that state them.</p>
      <div className="cp-button-row">
        <CommandButton id="create.claim" icon={ICONS.claim} label="Add a claim" />
        <CommandButton id="create.passage" icon={ICONS.passage} label="Quote a passage" />
        <CommandButton id="map.import" label="Import a map…" />
      </div>
      <p className="cp-muted">Keys: C claim, O objection, P passage, W work, N note · Ctrl+K search · Shift+? all shortcuts</p>
    </div>
  );
}
