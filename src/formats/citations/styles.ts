import { CITATION_STYLE_IDS, DEFAULT_CITATION_STYLE, type CitationStyleId } from '../../domain/schema/outline';

export { CITATION_STYLE_IDS, DEFAULT_CITATION_STYLE, type CitationStyleId };

export interface CitationStyleInfo {
  readonly id: CitationStyleId;
  readonly label: string;
  /** The vendored CSL file under styles/ (official CSL repository, CC BY-SA 3.0). */
  readonly file: string;
  /** `note` styles cite in footnotes; `in-text` styles in parentheses. */
  readonly kind: 'in-text' | 'note';
}

export const CITATION_STYLES: Readonly<Record<CitationStyleId, CitationStyleInfo>> = {
  'chicago-author-date': { id: 'chicago-author-date', label: 'Chicago author-date (17th ed.)', file: 'chicago-author-date.csl', kind: 'in-text' },
  'chicago-note-bibliography': { id: 'chicago-note-bibliography', label: 'Chicago notes and bibliography (17th ed.)', file: 'chicago-note-bibliography.csl', kind: 'note' },
  apa: { id: 'apa', label: 'APA (7th ed.)', file: 'apa.csl', kind: 'in-text' },
  mla: { id: 'mla', label: 'MLA (9th ed.)', file: 'modern-language-association.csl', kind: 'in-text' },
};

/** The CSL locale every style is run with; the maps are written in English. */
export const LOCALE_FILE = 'locales-en-US.xml';

export function isCitationStyleId(value: unknown): value is CitationStyleId {
  return typeof value === 'string' && (CITATION_STYLE_IDS as readonly string[]).includes(value);
}

/**
 * Reads one vendored file from styles/ by name. Each host brings its own: the browser
 * imports it lazily as a separate chunk (`browserStyleFiles`), the command line reads it
 * from disk, tests may serve it from memory.
 */
export type StyleFileLoader = (file: string) => Promise<string>;
