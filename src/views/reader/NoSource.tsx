import { useMemo } from 'react';
import type { Source } from '../../domain/schema/source';
import { useCommandContext, useRunCommand } from '../../commands/CommandsProvider';
import { useCounterpoint, useCounterpointStore } from '../../store';
import { RestoreStoredText } from './RestoreStoredText';

/** What the reader says when there is no text to show, with the ways to get one. */
export function NoSource({ missing }: { missing: Source | null }) {
  const runCommand = useRunCommand();
  const { library } = useCommandContext().session;
  const store = useCounterpointStore();
  const sources = useCounterpoint((s) => s.doc.sources);
  const offered = useMemo(() => library.bundledSources().filter((b) => !sources.some((s) => s.id === b.source.id)), [library, sources]);
  if (missing) {
    return (
      <div className="cp-reader-empty">
        <p>The text of “{missing.title}” is not available in this browser.</p>
        {missing.stored && missing.hash ? <RestoreStoredText source={missing} /> : null}
      </div>
    );
  }
  return (
    <div className="cp-reader-empty">
      <p>This map quotes no source yet. Add a text to read it here and quote passages from it.</p>
      {offered.map((o) => (
        <button
          key={o.source.id}
          type="button"
          className="cp-button cp-button--primary"
          onClick={() => {
            const added = store.getState().addSource(o.source, o.text);
            if (!added.ok) store.getState().notify({ tone: 'error', text: added.message });
          }}
        >
          Add “{o.source.title}”
        </button>
      ))}
      <button type="button" className="cp-button" onClick={() => runCommand('reader.addSource')}>
        Paste or open a text…
      </button>
    </div>
  );
}
