import { useRef, useState } from 'react';
import { SOURCE_FILE_ACCEPT } from '../../formats/sources';
import { HiddenFileInput } from '../../ui/HiddenFileInput';
import type { SourceFileState } from './useSourceFile';

interface SourceFileDropProps {
  readonly state: SourceFileState;
  readonly onFile: (file: File) => void;
  readonly onCancel: () => void;
}

/**
 * Where a source file comes in: dropped on the zone or chosen with the button. While it is
 * read (in a worker) the zone shows the progress, page by page for a PDF, and a Cancel.
 */
export function SourceFileDrop({ state, onFile, onCancel }: SourceFileDropProps) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  if (state.status === 'reading') {
    const known = state.total > 0;
    const paged = state.total > 1;
    return (
      <div className="cp-source-drop cp-source-drop--reading">
        <p className="cp-source-drop__what">
          Reading <b>{state.name}</b>
          {paged ? `: page ${state.done} of ${state.total}` : '…'}
        </p>
        <div
          className={`cp-progress${known ? '' : ' cp-progress--unknown'}`}
          role="progressbar"
          aria-label={`Reading ${state.name}`}
          aria-valuemin={0}
          aria-valuemax={known ? state.total : undefined}
          aria-valuenow={known ? state.done : undefined}
          aria-valuetext={paged ? `page ${state.done} of ${state.total}` : 'reading'}
        >
          <span style={known ? { width: `${(state.done / state.total) * 100}%` } : undefined} />
        </div>
        <button type="button" className="cp-button" onClick={onCancel}>
          Cancel reading
        </button>
      </div>
    );
  }
  return (
    <div
      className={`cp-source-drop${over ? ' cp-source-drop--over' : ''}`}
      onDragOver={(e) => {
        if (![...e.dataTransfer.types].includes('Files')) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const file = e.dataTransfer.files[0];
        if (file) onFile(file);
      }}
    >
      <p className="cp-source-drop__what">
        Drop a <b>PDF</b>, a saved <b>web page</b> (.html), <b>Markdown</b> or <b>text</b> file here
      </p>
      <button type="button" className="cp-button cp-button--primary" onClick={() => input.current?.click()}>
        Open a file…
      </button>
      <p className="cp-muted cp-source-drop__hint">Read in the background, up to 50 MB; nothing is added until you confirm. A web page is read as text: nothing in it runs.</p>
      <HiddenFileInput ref={input} accept={SOURCE_FILE_ACCEPT} label="File to add as a source" onFile={onFile} />
    </div>
  );
}
