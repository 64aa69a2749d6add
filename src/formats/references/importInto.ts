import type { Problem } from '../../domain/errors';
import { mergeReferences, type MergeResult } from '../../domain/references/merge';
import type { Reference } from '../../domain/schema/reference';
import { importReferences, type FormatChoice } from '../registry';

export type ReferencesIntoResult =
  | { readonly ok: true; readonly format: string; readonly merge: MergeResult; readonly problems: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

/**
 * "Import references…" for a map: reads a file of references in any format (named, or told from
 * its name or content) and merges it into the map's references without duplicates. Nothing is
 * merged when the file has an error; the caller commits `merge.references` as one edit.
 */
export async function importReferencesInto(existing: readonly Reference[], text: string, choice: FormatChoice = {}): Promise<ReferencesIntoResult> {
  const imported = await importReferences(text, choice);
  if (!imported.ok) return { ok: false, problems: imported.problems };
  return { ok: true, format: imported.format ?? '', merge: mergeReferences(existing, imported.value), problems: imported.problems };
}
