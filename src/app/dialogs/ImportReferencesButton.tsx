import { useRef, useState } from 'react';
import { importReferencesInto } from '../../formats/references/importInto';
import { REFERENCE_IMPORTERS } from '../../formats/registry';
import { useCounterpointStore } from '../../store';
import { unreadableFile } from '../../store/session';
import { HiddenFileInput } from '../../ui/HiddenFileInput';

const ACCEPT = [...new Set(REFERENCE_IMPORTERS.flatMap((i) => i.extensions))].join(',');

/**
 * "Import references…": reads a BibTeX, BibLaTeX, RIS or CSL-JSON file (a Zotero export),
 * never looking anything up on the network, and merges it into the map's references without
 * duplicates (same DOI, ISBN, or title and year), as one undo step. A file with an error adds
 * nothing and its problems are listed. Tells the caller the ids of the works it brought.
 */
export function ImportReferencesButton({ onImported }: { onImported: (ids: readonly string[]) => void }) {
  const store = useCounterpointStore();
  const input = useRef<HTMLInputElement>(null);
  const [said, setSaid] = useState('');

  const read = async (file: File) => {
    let text: string;
    try {
      text = await file.text();
    } catch (e) {
      store.getState().notify({ tone: 'error', title: `${file.name} could not be read`, text: 'No reference was added.', problems: [unreadableFile(e instanceof Error ? e.message : String(e))] });
      return;
    }
    const result = await importReferencesInto(store.getState().doc.references, text, { fileName: file.name });
    if (!result.ok) {
      store.getState().notify({ tone: 'error', title: `${file.name} could not be imported`, text: 'No reference was added.', problems: result.problems });
      setSaid('');
      return;
    }
    const { added, matched, ids } = result.merge;
    store.getState().transact(() => {
      for (const reference of added) store.getState().addReference(reference);
    });
    setSaid(`${added.length} ${added.length === 1 ? 'work' : 'works'} added${matched.length ? `, ${matched.length} already in the map` : ''}.`);
    onImported([...new Set(Object.values(ids))]);
  };

  return (
    <span className="cp-import-refs">
      <button type="button" className="cp-button" onClick={() => input.current?.click()} title="BibTeX, BibLaTeX, RIS or CSL-JSON, as Zotero exports them">
        Import references…
      </button>
      <HiddenFileInput ref={input} accept={ACCEPT} label="Reference file to import" onFile={(file) => void read(file)} />
      <span className="cp-muted" role="status">
        {said}
      </span>
    </span>
  );
}
