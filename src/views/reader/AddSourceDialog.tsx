import { useId, useMemo, useState } from 'react';
import { prepareSourceText, titleFromText } from '../../domain/reader/importText';
import type { Reference } from '../../domain/schema/reference';
import { draftReference, type ExtractedSource } from '../../formats/sources';
import { sourceParagraphs, useCounterpoint, useCounterpointStore } from '../../store';
import { slugId } from '../../store/document/records';
import { useCommandContext } from '../../commands/CommandsProvider';
import { Dialog } from '../../ui/Dialog';
import { addExtractedSource, addSourceWithWork } from './addSourceToMap';
import { ExtractedPreview, mediaLabel } from './ExtractedPreview';
import { initialFirstPage, PageNumbering, pagesNumbered } from './PageNumbering';
import { readerStore } from './readerState';
import { ReferenceChooser, type WorkChoice } from './ReferenceChooser';
import { EMPTY_REFERENCE_FORM, formFromReference } from './referenceForm';
import { SourceFileDrop } from './SourceFileDrop';
import { useSourceFile } from './useSourceFile';
import './sources.css';

/**
 * Adds a source to the map: a PDF, saved web page, Markdown or text file read in a worker
 * (with its progress and a Cancel), or pasted text. The user checks what was read, its
 * title and the work it is a copy of (pre-filled from the file's metadata) before anything
 * is added; then the source, and a new reference if one was made, are one undo step.
 */
export function AddSourceDialog({ onClose }: { onClose: () => void }) {
  const store = useCounterpointStore();
  const { session } = useCommandContext();
  const references = useCounterpoint((s) => s.doc.references);
  const id = useId();
  const [raw, setRaw] = useState('');
  const [title, setTitle] = useState('');
  const [choice, setChoice] = useState<WorkChoice>({ kind: 'none' });
  const [firstPage, setFirstPage] = useState('');
  const [busy, setBusy] = useState(false);
  const reading = useSourceFile((name, problems) =>
    store.getState().notify({ tone: 'error', title: `${name} could not be opened`, text: 'Nothing was added; the map was not changed.', problems }),
  );
  const file = reading.state.status === 'read' ? reading.state : null;
  const prepared = useMemo(() => (raw && !file ? prepareSourceText(raw) : null), [raw, file]);
  const finalTitle = title.trim() || (file ? file.extracted.title || stem(file.file.name) : prepared?.ok ? titleFromText(prepared.text) : '');
  const draft = file ? formFromReference(draftReference(file.extracted, 'draft')) : EMPTY_REFERENCE_FORM;

  // Once a file is read: its title, and its work (a reference of the map with the same title, else a draft from its metadata).
  const [seen, setSeen] = useState<ExtractedSource | null>(null);
  if (file && file.extracted !== seen) {
    setSeen(file.extracted);
    setTitle(file.extracted.title || stem(file.file.name));
    setChoice(initialChoice(file.extracted, references));
    setFirstPage(initialFirstPage(file.extracted.pages));
  }

  const done = (sourceId: string) => {
    const state = store.getState();
    readerStore.getState().setSource(state.mapKey, sourceId);
    state.setSidePanel({ tab: 'reader', open: true });
    onClose();
  };

  const add = async () => {
    const state = store.getState();
    if (file) {
      setBusy(true);
      const pages = file.extracted.pages ? pagesNumbered(file.extracted.pages, firstPage) : undefined;
      const added = await addExtractedSource(store, session, { extracted: { ...file.extracted, ...(pages ? { pages } : {}) }, fileName: file.file.name, title: finalTitle, choice });
      setBusy(false);
      return added.ok ? done(added.value) : state.notify({ tone: 'error', text: added.message });
    }
    if (!prepared?.ok) return;
    const sourceId = slugId(finalTitle, state.doc.sources, 'source');
    const added = addSourceWithWork(store, { id: sourceId, title: finalTitle, text: prepared.text }, prepared.text, choice);
    return added.ok ? done(sourceId) : state.notify({ tone: 'error', text: added.message });
  };

  const ready = (file !== null || prepared?.ok === true) && !!finalTitle && !busy;
  const summary = file ? `${mediaLabel(file.extracted)}, ${file.extracted.text.length.toLocaleString('en')} characters` : prepared?.ok ? pasteSummary(prepared.text) : '';

  return (
    <Dialog
      title="Add a source"
      wide
      className="cp-add-source"
      onClose={onClose}
      footer={
        <>
          <span className="cp-muted">{summary}</span>
          <button type="button" className="cp-button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="cp-button cp-button--primary" disabled={!ready} onClick={() => void add()}>
            {busy ? 'Adding…' : 'Add source'}
          </button>
        </>
      }
    >
      <div className="cp-form">
        {file ? (
          <ExtractedPreview file={file.file} extracted={file.extracted} onRemove={reading.cancel} />
        ) : (
          <>
            <SourceFileDrop state={reading.state} onFile={(f) => void reading.open(f)} onCancel={reading.cancel} />
            {reading.state.status === 'idle' ? (
              <>
                <label htmlFor={`${id}-text`}>Text</label>
                <textarea id={`${id}-text`} rows={6} value={raw} placeholder="…or paste the text here" onChange={(e) => setRaw(e.target.value)} />
                {prepared && !prepared.ok ? <p className="cp-error-text">{prepared.reason}</p> : null}
                {prepared?.ok && prepared.notes.length ? (
                  <ul className="cp-muted cp-source-notes">
                    {prepared.notes.map((n) => (
                      <li key={n}>{n}</li>
                    ))}
                  </ul>
                ) : null}
              </>
            ) : null}
          </>
        )}
        {file || raw ? (
          <>
            <label htmlFor={`${id}-title`}>Title</label>
            <input id={`${id}-title`} value={title} placeholder={finalTitle || 'The title of the text'} onChange={(e) => setTitle(e.target.value)} />
            {file?.extracted.pages?.length ? <PageNumbering pages={file.extracted.pages} first={firstPage} onChange={setFirstPage} /> : null}
            <ReferenceChooser
              references={references}
              choice={choice}
              onChange={setChoice}
              draft={draft}
              draftNote={file && draftReference(file.extracted, 'draft') ? 'Filled in from what the file says about itself: check it against the edition you hold.' : undefined}
            />
          </>
        ) : null}
      </div>
    </Dialog>
  );
}

/** A file's work to start from: a map reference with the file's title, else a draft of its metadata, else none. */
function initialChoice(extracted: ExtractedSource, references: readonly Reference[]): WorkChoice {
  const title = extracted.title?.trim().toLowerCase();
  const same = title ? references.find((r) => r.title?.trim().toLowerCase() === title) : undefined;
  if (same) return { kind: 'map', id: same.id };
  const draft = draftReference(extracted, 'draft');
  return draft ? { kind: 'new', form: formFromReference(draft) } : { kind: 'none' };
}

const stem = (name: string) => name.replace(/\.[A-Za-z0-9]+$/, '');

function pasteSummary(text: string): string {
  const paragraphs = sourceParagraphs(text).paragraphs.length;
  return `${paragraphs} paragraph${paragraphs === 1 ? '' : 's'}, ${text.length.toLocaleString('en')} characters`;
}
