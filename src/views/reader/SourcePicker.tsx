import { useId } from 'react';
import type { Source } from '../../domain/schema/source';
import { useCounterpoint } from '../../store';
import { useRunCommand } from '../../commands/CommandsProvider';
import { readerStore } from './readerState';

/** Which of the map's sources the reader shows, and the way to add another. */
export function SourcePicker({ sources, current }: { sources: readonly Source[]; current: Source | null }) {
  const runCommand = useRunCommand();
  const mapKey = useCounterpoint((s) => s.mapKey);
  const id = useId();
  return (
    <div className="cp-reader-head">
      {sources.length > 0 ? (
        <>
          <label htmlFor={id} className="cp-visually-hidden">
            Source
          </label>
          <select id={id} value={current?.id ?? ''} onChange={(e) => readerStore.getState().setSource(mapKey, e.target.value)}>
            {sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title}
              </option>
            ))}
          </select>
        </>
      ) : (
        <span className="cp-muted">No source yet</span>
      )}
      <button type="button" className="cp-button" onClick={() => runCommand('reader.addSource')} title="Open a PDF, web page, Markdown or text file, or paste a text">
        + Source
      </button>
    </div>
  );
}
