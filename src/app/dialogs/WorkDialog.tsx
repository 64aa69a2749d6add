import { useId, useState } from 'react';
import { STANCES, type Stance } from '../../domain/schema/edge';
import { CSL_TYPES, type Reference } from '../../domain/schema/reference';
import { nodeById, useCounterpoint, useCounterpointStore } from '../../store';
import { nodeName, shortCitation, truncate } from '../../domain/labels';
import { useCommandContext } from '../../commands/CommandsProvider';
import { addNodeFromUi } from '../../commands/helpers';
import { Dialog } from '../../ui/Dialog';
import { ImportReferencesButton } from './ImportReferencesButton';
import type { DialogRequest } from '../../commands/types';

const NEW = '\u0000new';
const COMMON_TYPES = ['book', 'article-journal', 'chapter', 'thesis', 'article', 'webpage'] as const;

/**
 * Puts a work on the map: an existing reference of the map, or a new one the user enters
 * (title, author, year at least). With a claim selected, the work's reading of it is
 * linked with a stance.
 */
/** Opened by `{ kind: 'work', linkTo?: <claim id> }`: the new node joins that claim. */
export function WorkDialog({ request, onClose }: { request: DialogRequest; onClose: () => void }) {
  const linkTo = typeof request.linkTo === 'string' ? request.linkTo : undefined;
  const store = useCounterpointStore();
  const ctx = useCommandContext();
  const doc = useCounterpoint((s) => s.doc);
  const [refId, setRefId] = useState(doc.references[0]?.id ?? NEW);
  const [draft, setDraft] = useState({ type: 'book' as Reference['type'], title: '', family: '', given: '', year: '', publisher: '', container: '' });
  const [pages, setPages] = useState('');
  const [stance, setStance] = useState<Stance>('supports');
  const [note, setNote] = useState('');
  const id = useId();
  const target = linkTo ? nodeById(doc, linkTo) : undefined;
  const field = (key: keyof typeof draft, label: string, required = false) => (
    <>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input id={`${id}-${key}`} value={draft[key]} required={required} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} />
    </>
  );

  // The reference and the work are one step: if the work is refused, the new reference goes too.
  const submit = () => {
    store.getState().beginGesture();
    if (addWork()) {
      store.getState().endGesture();
      onClose();
    } else store.getState().cancelGesture();
  };

  /** Adds the reference (if new), the work and its reading; false if something was refused. */
  const addWork = (): boolean => {
    let ref = refId;
    if (ref === NEW) {
      const year = Number.parseInt(draft.year, 10);
      const created = store.getState().addReference({
        type: draft.type,
        title: draft.title.trim(),
        author: [{ family: draft.family.trim(), ...(draft.given.trim() ? { given: draft.given.trim() } : {}) }],
        ...(Number.isFinite(year) ? { issued: { 'date-parts': [[year]] } } : {}),
        ...(draft.publisher.trim() ? { publisher: draft.publisher.trim() } : {}),
        ...(draft.container.trim() ? { 'container-title': draft.container.trim() } : {}),
      });
      if (!created.ok) {
        store.getState().notify({ tone: 'error', text: created.message });
        return false;
      }
      ref = created.value;
    }
    const added = addNodeFromUi(ctx, {
      draft: { kind: 'work', ref, ...(pages.trim() ? { pages: pages.trim() } : {}) },
      ...(target ? { link: { other: target.id, relation: 'assesses' as const, stance, note, newIs: 'from' as const } } : {}),
      then: 'reveal',
    });
    return added !== null;
  };

  return (
    <Dialog title="New work" onClose={onClose} wide>
      <form
        className="cp-form"
        onSubmit={(e) => {
          e.preventDefault();
          submit();
        }}
      >
        <label htmlFor={`${id}-ref`}>Reference</label>
        <select id={`${id}-ref`} value={refId} onChange={(e) => setRefId(e.target.value)}>
          {doc.references.map((r) => (
            <option key={r.id} value={r.id}>
              {shortCitation(r, r.id)}: {truncate(r.title ?? '', 60)}
            </option>
          ))}
          <option value={NEW}>A new reference…</option>
        </select>
        <ImportReferencesButton onImported={(ids) => ids[0] && setRefId(ids[0])} />
        {refId === NEW ? (
          <fieldset className="cp-fieldset">
            <legend>New reference</legend>
            <label htmlFor={`${id}-type`}>Type</label>
            <select id={`${id}-type`} value={draft.type} onChange={(e) => setDraft({ ...draft, type: e.target.value as Reference['type'] })}>
              {[...COMMON_TYPES, ...CSL_TYPES.filter((t) => !(COMMON_TYPES as readonly string[]).includes(t))].map((t) => (
                <option key={t} value={t}>
                  {t}
                </option>
              ))}
            </select>
            {field('title', 'Title', true)}
            {field('family', 'Author’s family name', true)}
            {field('given', 'Author’s given names')}
            {field('year', 'Year', true)}
            {draft.type === 'book' ? field('publisher', 'Publisher') : field('container', draft.type === 'chapter' ? 'Book title' : 'Journal')}
          </fieldset>
        ) : null}
        <label htmlFor={`${id}-pages`}>Pages cited</label>
        <input id={`${id}-pages`} value={pages} onChange={(e) => setPages(e.target.value)} placeholder="e.g. 112-15" />
        {target ? (
          <fieldset className="cp-fieldset">
            <legend>Its reading of “{truncate(nodeName(doc, target), 50)}”</legend>
            <label htmlFor={`${id}-stance`}>Stance</label>
            <select id={`${id}-stance`} value={stance} onChange={(e) => setStance(e.target.value as Stance)}>
              {STANCES.map((s) => (
                <option key={s} value={s}>
                  {s}
                </option>
              ))}
            </select>
            <label htmlFor={`${id}-note`}>What the work says</label>
            <textarea id={`${id}-note`} rows={3} value={note} onChange={(e) => setNote(e.target.value)} />
          </fieldset>
        ) : null}
        <div className="cp-form__actions">
          <button type="button" className="cp-button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="cp-button cp-button--primary">
            Add work
          </button>
        </div>
      </form>
    </Dialog>
  );
}
