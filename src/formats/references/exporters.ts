import type { CSL } from '@citation-js/core';
import type { Reference } from '../../domain/schema/reference';
import { toCslItem } from '../citations/cslItem';
import type { ReferenceExporter } from '../registry/types';
import { loadCitationJs } from './citationJs';

/**
 * CSL-JSON, as Zotero and Pandoc read it: the map's references exactly as stored, in order.
 */
export const cslJsonExporter: ReferenceExporter = {
  id: 'csl',
  label: 'CSL-JSON',
  extension: '.csl.json',
  mediaType: 'application/vnd.citationstyles.csl+json',
  render: async (references) => `${JSON.stringify(references, null, 2)}\n`,
};

/**
 * BibTeX through Citation.js, which maps CSL types and fields to BibTeX's and escapes every
 * character TeX would read as markup. Each entry's key is its id (ids are safe BibTeX keys:
 * letters, digits and `_ . : -`). The curators' `note` is left out, as in citations: BibTeX
 * styles would print it.
 */
export const bibtexExporter: ReferenceExporter = {
  id: 'bibtex',
  label: 'BibTeX',
  extension: '.bib',
  mediaType: 'application/x-bibtex',
  render: async (references) => {
    await loadCitationJs();
    const { plugins } = await import('@citation-js/core');
    const format = (plugins.config.get('@bibtex') as { format: { checkLabel: boolean } }).format;
    const items = references.map((r: Reference) => ({ ...toCslItem(r), 'citation-key': r.id }) as unknown as CSL);
    const checkLabel = format.checkLabel;
    // Citation.js would strip `-`, `.` and `:` from keys, which BibTeX allows and ids use; only for this call.
    format.checkLabel = false;
    try {
      return `${(plugins.output.format('bibtex', items, { format: 'text' }) as string).trim()}\n`;
    } finally {
      format.checkLabel = checkLabel;
    }
  },
};
