import { useId, useState } from 'react';
import type { DialogRequest } from '../../commands/types';
import { useCounterpoint, useCounterpointStore } from '../../store';
import { Dialog } from '../../ui/Dialog';
import { referenceFor } from './addSourceToMap';
import { initialFirstPage, PageNumbering, pagesNumbered } from './PageNumbering';
import { ReferenceChooser, type WorkChoice } from './ReferenceChooser';
import { EMPTY_REFERENCE_FORM } from './referenceForm';
import './sources.css';

/**
 * Opened by `{ kind: 'sourceWork', source: <source id> }` (the reader's "Reference…"): the
 * source's title, the work it is a copy of, and how its pages are numbered. One undo step;
 * the passages of a renumbered source move to their new page numbers with it.
 */
export function SourceWorkDialog({ request, onClose }: { request: DialogRequest; onClose: () => void }) {
  const store = useCounterpointStore();
  const source = useCounterpoint((s) => s.doc.sources.find((x) => x.id === request.source));
  const references = useCounterpoint((s) => s.doc.references);
  const id = useId();
  const [title, setTitle] = useState(source?.title ?? '');
  const [choice, setChoice] = useState<WorkChoice>(source?.ref ? { kind: 'map', id: source.ref } : { kind: 'none' });
  const [firstPage, setFirstPage] = useState(() => initialFirstPage(source?.pages));
  if (!source) {
    return (
      <Dialog title="Source" onClose={onClose}>
        <p>This source is no longer in the map.</p>
      </Dialog>
    );
  }

  const save = () => {
    const state = store.getState();
    state.beginGesture();
    const ref = referenceFor(store, choice);
    const pages = source.pages ? pagesNumbered(source.pages, firstPage) : undefined;
    const saved = ref.ok ? state.updateSource(source.id, { title, ref: ref.value, ...(pages ? { pages } : {}) }) : ref;
    if (!saved.ok) {
      state.cancelGesture();
      return state.notify({ tone: 'error', text: saved.message });
    }
    state.endGesture();
    onClose();
  };

  return (
    <Dialog
      title="The source and its work"
      wide
      onClose={onClose}
      footer={
        <>
          <button type="button" className="cp-button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="cp-button cp-button--primary" disabled={!title.trim()} onClick={save}>
            Save
          </button>
        </>
      }
    >
      <div className="cp-form">
        <label htmlFor={`${id}-title`}>Title</label>
        <input id={`${id}-title`} value={title} onChange={(e) => setTitle(e.target.value)} />
        {source.pages?.length ? <PageNumbering pages={source.pages} first={firstPage} onChange={setFirstPage} /> : null}
        <ReferenceChooser references={references} choice={choice} onChange={setChoice} draft={{ ...EMPTY_REFERENCE_FORM, title: source.title }} />
        <p className="cp-muted">The text itself never changes here: passages stay anchored in it. Citations in outlines give the work and the page.</p>
      </div>
    </Dialog>
  );
}
