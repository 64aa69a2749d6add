import { useId, useRef, useState } from 'react';
import { shortCitation, truncate } from '../../domain/labels';
import type { Reference } from '../../domain/schema/reference';
import { importReferences, REFERENCE_IMPORTERS } from '../../formats/registry';
import { useCounterpointStore } from '../../store';
import { HiddenFileInput } from '../../ui/HiddenFileInput';
import type { ReferenceForm } from './referenceForm';

/** Which work a source is a copy of. */
export type WorkChoice =
  | { readonly kind: 'none' }
  | { readonly kind: 'map'; readonly id: string }
  | { readonly kind: 'new'; readonly form: ReferenceForm }
  | { readonly kind: 'imported'; readonly reference: Reference };

const TYPES: readonly [Reference['type'], string][] = [
  ['book', 'Book'],
  ['chapter', 'Chapter in a book'],
  ['article-journal', 'Journal article'],
  ['article-magazine', 'Magazine article'],
  ['article-newspaper', 'Newspaper article'],
  ['pamphlet', 'Pamphlet'],
  ['speech', 'Speech'],
  ['report', 'Report'],
  ['thesis', 'Thesis'],
  ['manuscript', 'Manuscript or letter'],
  ['webpage', 'Web page'],
  ['document', 'Other document'],
];
const CONTAINED: readonly Reference['type'][] = ['chapter', 'article-journal', 'article-magazine', 'article-newspaper', 'webpage'];
const IMPORT_ACCEPT = [...new Set(REFERENCE_IMPORTERS.flatMap((i) => i.extensions))].join(',');

interface ReferenceChooserProps {
  readonly references: readonly Reference[];
  readonly choice: WorkChoice;
  readonly onChange: (choice: WorkChoice) => void;
  /** What a new reference starts from: the file's own metadata, for the user to check. */
  readonly draft: ReferenceForm;
  /** A note under the form (e.g. "from the PDF's metadata: check it"). */
  readonly draftNote?: string;
}

/**
 * Links a source to its work: one of the map's references, one typed here (started from the
 * file's metadata), or one imported from a BibTeX, RIS or CSL-JSON file.
 */
export function ReferenceChooser({ references, choice, onChange, draft, draftNote }: ReferenceChooserProps) {
  const id = useId();
  const store = useCounterpointStore();
  const file = useRef<HTMLInputElement>(null);
  const [imported, setImported] = useState<readonly Reference[]>(choice.kind === 'imported' ? [choice.reference] : []);
  const value = choice.kind === 'map' ? `map:${choice.id}` : choice.kind === 'imported' ? `imported:${imported.indexOf(choice.reference)}` : choice.kind;

  const select = (v: string) => {
    if (v === 'none') onChange({ kind: 'none' });
    else if (v === 'new') onChange({ kind: 'new', form: choice.kind === 'new' ? choice.form : draft });
    else if (v.startsWith('map:')) onChange({ kind: 'map', id: v.slice(4) });
    else onChange({ kind: 'imported', reference: imported[Number(v.slice(9))]! });
  };

  const importFile = async (picked: File) => {
    const result = await importReferences(await picked.text(), { fileName: picked.name });
    if (!result.ok) {
      store.getState().notify({ tone: 'error', title: `${picked.name} could not be read`, text: 'No reference was imported; the map was not changed.', problems: result.problems });
      return;
    }
    setImported(result.value);
    if (result.value[0]) onChange({ kind: 'imported', reference: result.value[0] });
  };

  const form = choice.kind === 'new' ? choice.form : null;
  const set = (patch: Partial<ReferenceForm>) => form && onChange({ kind: 'new', form: { ...form, ...patch } });
  const field = (key: Exclude<keyof ReferenceForm, 'type'>, label: string, hint?: string) => (
    <>
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input id={`${id}-${key}`} value={form![key]} placeholder={hint} onChange={(e) => set({ [key]: e.target.value })} />
    </>
  );

  return (
    <fieldset className="cp-fieldset cp-work-chooser">
      <legend>The work this text is a copy of</legend>
      <div className="cp-work-chooser__row">
        <label htmlFor={`${id}-ref`} className="cp-visually-hidden">
          Reference
        </label>
        <select id={`${id}-ref`} value={value} onChange={(e) => select(e.target.value)}>
          <option value="none">Not linked to a reference (cited by paragraph)</option>
          {references.length ? (
            <optgroup label="References of this map">
              {references.map((r) => (
                <option key={r.id} value={`map:${r.id}`}>
                  {shortCitation(r, r.id)}: {truncate(r.title ?? '', 60)}
                </option>
              ))}
            </optgroup>
          ) : null}
          {imported.length ? (
            <optgroup label="Imported">
              {imported.map((r, i) => (
                <option key={i} value={`imported:${i}`}>
                  {shortCitation(r, r.id)}: {truncate(r.title ?? '', 60)}
                </option>
              ))}
            </optgroup>
          ) : null}
          <option value="new">A new reference…</option>
        </select>
        <button
          type="button"
          className="cp-button"
          disabled={REFERENCE_IMPORTERS.length === 0}
          title={REFERENCE_IMPORTERS.length ? `Read references from ${REFERENCE_IMPORTERS.map((i) => i.label).join(', ')}` : 'No reference importer is installed yet'}
          onClick={() => file.current?.click()}
        >
          Import references…
        </button>
        <HiddenFileInput ref={file} accept={IMPORT_ACCEPT} label="File of references to import" onFile={(picked) => void importFile(picked)} />
      </div>
      {form ? (
        <div className="cp-form cp-work-chooser__form">
          {draftNote ? <p className="cp-muted cp-work-chooser__note">{draftNote}</p> : null}
          {field('title', 'Title of the work')}
          {field('authors', 'Authors', 'Family, Given; Family, Given')}
          <div className="cp-work-chooser__grid">
            <div className="cp-form">
              <label htmlFor={`${id}-type`}>Kind of work</label>
              <select id={`${id}-type`} value={form.type} onChange={(e) => set({ type: e.target.value as Reference['type'] })}>
                {TYPES.map(([t, label]) => (
                  <option key={t} value={t}>
                    {label}
                  </option>
                ))}
              </select>
            </div>
            <div className="cp-form">{field('year', 'Year')}</div>
            <div className="cp-form">{field('edition', 'Edition', 'e.g. 2')}</div>
          </div>
          <div className="cp-work-chooser__grid cp-work-chooser__grid--two">
            <div className="cp-form">
              {CONTAINED.includes(form.type)
                ? field('container', form.type === 'chapter' ? 'Book title' : form.type === 'webpage' ? 'Website' : 'Journal or paper')
                : field('publisher', 'Publisher')}
            </div>
            <div className="cp-form">{field('url', 'Web address (optional)')}</div>
          </div>
        </div>
      ) : null}
    </fieldset>
  );
}
