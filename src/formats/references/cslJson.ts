import { problem } from '../../domain/errors';
import { parseMapJson } from '../../domain/loader';
import type { Reference } from '../../domain/schema/reference';
import type { ImportResult, ReferenceImporter } from '../registry/types';
import { finishImport } from './finish';

/**
 * CSL-JSON as Zotero, Pandoc and citeproc write it: a list of items (or one item on its own).
 * Read as JSON only: Citation.js is not needed, and no field is ever taken for something to look up.
 */
async function parseCslJson(text: string): Promise<ImportResult<readonly Reference[]>> {
  const parsed = parseMapJson(text);
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  const list = Array.isArray(value) ? value : typeof value === 'object' && value !== null ? [value] : undefined;
  if (!list) return { ok: false, problems: [problem('REFERENCE_INVALID', '$', 'CSL-JSON is a list of items ([{"id": …, "type": …, "title": …}]); this file holds a single value')] };
  const single = !Array.isArray(value);
  return finishImport(
    list.map((item, i) => ({ value: item, at: single ? '$' : `$[${i}]`, json: true, name: single ? 'the item' : `item ${i + 1}` })),
    [],
    'CSL-JSON',
  );
}

export const cslJsonImporter: ReferenceImporter = {
  id: 'csl',
  label: 'CSL-JSON',
  extensions: ['.csl.json', '.json'],
  detect: (text) => /^\s*[[{]/.test(text) && /"(?:type|title)"\s*:/.test(text) && !text.includes('"counterpoint-map"'),
  parse: parseCslJson,
};
