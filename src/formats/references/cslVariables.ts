/**
 * The variables of CSL 1.0.2 (https://docs.citationstyles.org/en/stable/specification.html#appendix-iv-variables),
 * by the shape CSL-JSON gives them. A reference keeps these and `id` and `type`; anything else an
 * importer meets is not CSL and is dropped.
 */
export const CSL_NAME_VARIABLES: ReadonlySet<string> = new Set([
  'author', 'chair', 'collection-editor', 'compiler', 'composer', 'container-author', 'contributor',
  'curator', 'director', 'editor', 'editor-translator', 'editorial-director', 'executive-producer',
  'guest', 'host', 'illustrator', 'interviewer', 'narrator', 'organizer', 'original-author',
  'performer', 'producer', 'recipient', 'reviewed-author', 'script-writer', 'series-creator',
  'translator',
]);

export const CSL_DATE_VARIABLES: ReadonlySet<string> = new Set([
  'accessed', 'available-date', 'event-date', 'issued', 'original-date', 'submitted',
]);

/** Number variables: CSL-JSON writes them as numbers or strings ("2", "2nd", "12-14"). */
export const CSL_NUMBER_VARIABLES: ReadonlySet<string> = new Set([
  'chapter-number', 'citation-number', 'collection-number', 'edition', 'first-reference-note-number',
  'issue', 'locator', 'number', 'number-of-pages', 'number-of-volumes', 'page', 'page-first',
  'part-number', 'printing-number', 'section', 'supplement-number', 'version', 'volume',
]);

export const CSL_STRING_VARIABLES: ReadonlySet<string> = new Set([
  'abstract', 'annote', 'archive', 'archive_collection', 'archive_location', 'archive-place',
  'authority', 'call-number', 'citation-key', 'citation-label', 'collection-title',
  'container-title', 'container-title-short', 'dimensions', 'division', 'DOI', 'event',
  'event-title', 'event-place', 'genre', 'ISBN', 'ISSN', 'jurisdiction', 'keyword', 'language',
  'license', 'medium', 'note', 'original-publisher', 'original-publisher-place', 'original-title',
  'part-title', 'PMCID', 'PMID', 'publisher', 'publisher-place', 'references', 'reviewed-genre',
  'reviewed-title', 'scale', 'source', 'status', 'title', 'title-short', 'URL', 'volume-title',
  'volume-title-short', 'year-suffix',
]);

/** The parts of a CSL name. */
export const CSL_NAME_PARTS: ReadonlySet<string> = new Set([
  'family', 'given', 'literal', 'suffix', 'non-dropping-particle', 'dropping-particle',
]);
