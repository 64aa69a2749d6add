import { useId, useMemo, useRef, useState } from 'react';
import { prepareSourceText, titleFromText } from '../../domain/reader/importText';
import { sourceParagraphs, useCounterpointStore } from '../../store';
import { slugId } from '../../store/document/records';
import { Dialog } from '../../ui/Dialog';
import { readerStore } from './readerState';

/**
 * Adds a source to the map from pasted text or a .txt file. The text is stored in the map
 * (so an exported map carries it), shown in the reader as plain text, and quoted like any
 * other source. One undo step.
 */
export function AddSourceDialog({ onClose }: { onClose: () => void }) {
  const store = useCounterpointStore();
  const id = useId();
  const file = useRef<HTMLInputElement>(null);
  const [raw, setRaw] = useState('');
  const [title, setTitle] = useState('');
  const [author, setAuthor] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const prepared = useMemo(() => (raw ? prepareSourceText(raw) : null), [raw]);
  const paragraphs = prepared?.ok ? sourceParagraphs(prepared.text).paragraphs.length : 0;
  const finalTitle = title.trim() || (prepared?.ok ? titleFromText(prepared.text) : '');

  const add = () => {
    if (!prepared?.ok) return;
    const state = store.getState();
    const sourceId = slugId(finalTitle, state.doc.sources, 'source');
    const added = state.addSource({ id: sourceId, title: finalTitle, text: prepared.text, ...(author.trim() ? { author: author.trim() } : {}) }, prepared.text);
    if (!added.ok) return state.notify({ tone: 'error', text: added.message });
    readerStore.getState().setSource(state.mapKey, sourceId);
    state.setSidePanel({ tab: 'reader', open: true });
    onClose();
  };

  return (
    <Dialog
      title="Add a source"
      wide
      onClose={onClose}
      footer={
        <>
          <span className="cp-muted">{prepared?.ok ? `${paragraphs} paragraph${paragraphs === 1 ? '' : 's'}, ${prepared.text.length.toLocaleString('en')} characters` : ''}</span>
          <button type="button" className="cp-button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="cp-button cp-button--primary" disabled={!prepared?.ok || !finalTitle} onClick={add}>
            Add source
          </button>
        </>
      }
    >
      <div className="cp-form">
        <label htmlFor={`${id}-text`}>Text</label>
        <textarea id={`${id}-text`} rows={10} value={raw} placeholder="Paste the text here, or open a .txt file" onChange={(e) => setRaw(e.target.value)} autoFocus />
        <div className="cp-inline-form">
          <button type="button" className="cp-button" onClick={() => file.current?.click()}>
            Open a .txt file…
          </button>
          {fileName ? <span className="cp-muted">{fileName}</span> : null}
          <input
            ref={file}
            type="file"
            accept=".txt,text/plain"
            className="cp-visually-hidden"
            tabIndex={-1}
            aria-label="Text file to add as a source"
            onChange={async (e) => {
              const picked = e.target.files?.[0];
              if (!picked) return;
              setFileName(picked.name);
              setRaw(await picked.text());
              if (!title.trim()) setTitle(picked.name.replace(/\.txt$/i, ''));
            }}
          />
        </div>
        {prepared && !prepared.ok ? <p className="cp-error-text">{prepared.reason}</p> : null}
        {prepared?.ok && prepared.notes.length ? (
          <ul className="cp-muted cp-source-notes">
            {prepared.notes.map((n) => (
              <li key={n}>{n}</li>
            ))}
          </ul>
        ) : null}
        <label htmlFor={`${id}-title`}>Title</label>
        <input id={`${id}-title`} value={title} placeholder={prepared?.ok ? titleFromText(prepared.text) : 'The title of the text'} onChange={(e) => setTitle(e.target.value)} />
        <label htmlFor={`${id}-author`}>Author (optional)</label>
        <input id={`${id}-author`} value={author} onChange={(e) => setAuthor(e.target.value)} />
        <p className="cp-muted">The text is kept in the map exactly as given (line endings aside) and shown as plain text; paragraphs are separated by blank lines.</p>
      </div>
    </Dialog>
  );
}
