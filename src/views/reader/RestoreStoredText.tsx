import { useState } from 'react';
import { textHash } from '../../domain/text/hash';
import type { Source } from '../../domain/schema/source';
import { openSourceFile, SOURCE_FILE_ACCEPT } from '../../formats/sources';
import { useCommandContext } from '../../commands/CommandsProvider';

/**
 * For a source whose text another browser kept (`stored: "browser"`): open the same file
 * again, and if its text is the one the map names (the same SHA-256), keep it here and
 * reopen the map, so its passages are anchored and checked.
 */
export function RestoreStoredText({ source }: { source: Source }) {
  const ctx = useCommandContext();
  const [reading, setReading] = useState(false);
  const restore = async () => {
    const file = await ctx.ui.pickFile(SOURCE_FILE_ACCEPT);
    if (!file) return;
    setReading(true);
    const result = await openSourceFile(file).catch(() => null);
    setReading(false);
    const state = ctx.store.getState();
    if (!result) return;
    if (!result.ok) return state.notify({ tone: 'error', title: `${file.name} could not be opened`, text: 'The map was not changed.', problems: result.problems });
    if (textHash(result.source.text) !== source.hash) {
      return state.notify({ tone: 'error', text: `The text of ${file.name} is not the text “${source.title}” quotes (it differs from the one kept when the source was added). The map was not changed.` });
    }
    if (!(await ctx.session.keepSourceText(source.hash, result.source.text))) return state.notify({ tone: 'error', text: 'This browser cannot keep source texts (IndexedDB is unavailable).' });
    await ctx.session.open(state.mapKey);
  };
  return (
    <>
      <p>
        Its text is kept in the browser that added it, by a fingerprint of the text, not in this map. Open the same file again to read it and check its passages here.
      </p>
      <button type="button" className="cp-button cp-button--primary" disabled={reading} onClick={() => void restore()}>
        {reading ? 'Reading…' : 'Open the file again…'}
      </button>
    </>
  );
}
