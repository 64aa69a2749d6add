import type { Source } from '../../domain/schema/source';
import { sourceRecord, type ExtractedSource } from '../../formats/sources';
import type { CounterpointStore, Session } from '../../store';
import { slugId } from '../../store/document/records';
import type { EditResult } from '../../store/document/editError';
import { referenceFormProblem, referenceFromForm } from './referenceForm';
import type { WorkChoice } from './ReferenceChooser';

/** The reference id a choice names, adding the new or imported reference to the map first (inside the caller's step). */
export function referenceFor(store: CounterpointStore, choice: WorkChoice): EditResult<string | undefined> {
  const state = store.getState();
  if (choice.kind === 'none') return { ok: true, value: undefined };
  if (choice.kind === 'map') return { ok: true, value: choice.id };
  if (choice.kind === 'new') {
    const problem = referenceFormProblem(choice.form);
    return problem ? { ok: false, message: problem } : state.addReference(referenceFromForm(choice.form));
  }
  // An imported reference keeps its id unless the map already uses it for another work.
  const { id, ...rest } = choice.reference;
  return state.addReference(state.doc.references.some((r) => r.id === id) ? { ...rest, type: choice.reference.type } : choice.reference);
}

/**
 * Adds a source and, if the user chose a new or imported one, its reference, as one undo
 * step; refused as a whole if either is (nothing is half-added).
 */
export function addSourceWithWork(store: CounterpointStore, source: Omit<Source, 'ref'>, text: string, choice: WorkChoice): EditResult<string> {
  const state = store.getState();
  state.beginGesture();
  const ref = referenceFor(store, choice);
  const added = ref.ok ? state.addSource({ ...source, ...(ref.value ? { ref: ref.value } : {}) } as Source, text) : ref;
  if (added.ok) state.endGesture();
  else state.cancelGesture();
  return added;
}

export interface ExtractedToAdd {
  readonly extracted: ExtractedSource;
  readonly fileName: string;
  readonly title: string;
  readonly choice: WorkChoice;
}

/**
 * Adds a source read from a file. A long text is first kept in this browser by its hash
 * (the map then names it `stored: "browser"`); where the browser cannot keep it, the text
 * goes in the map itself, so nothing is lost.
 */
export async function addExtractedSource(store: CounterpointStore, session: Session, input: ExtractedToAdd): Promise<EditResult<string>> {
  const id = slugId(input.title || input.fileName, store.getState().doc.sources, 'source');
  const { source, text, storeInBrowser } = sourceRecord(input.extracted, { id, title: input.title, fileName: input.fileName });
  let record: Source = source;
  if (storeInBrowser && !(await session.keepSourceText(source.hash!, text))) {
    const { stored: _stored, ...rest } = source;
    record = { ...rest, text };
  }
  return addSourceWithWork(store, record, text, input.choice);
}
