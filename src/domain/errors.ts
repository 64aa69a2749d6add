/**
 * The one catalogue of problem codes. Every problem the loader, the formats or the
 * command line reports carries one of these codes, so that users can search for it,
 * tests can assert on it and the UI can explain it.
 *
 * Severity says what the problem does to a load:
 * - `error`: the map is refused (nothing is half-read).
 * - `warning`: the map loads, but something needs the user's attention (e.g. a passage
 *   that needs review).
 * - `info`: the loader repaired something that is safe to repair (e.g. re-anchored an
 *   exact quote that moved).
 */
export type Severity = 'error' | 'warning' | 'info';

interface CatalogueEntry {
  readonly severity: Severity;
  /** One line that explains what the code means, shown in `counterpoint help` and the UI. */
  readonly summary: string;
}

export const PROBLEM_CATALOGUE = {
  // Reading the file
  JSON_INVALID: { severity: 'error', summary: 'The file is not valid JSON.' },
  FILE_UNREADABLE: { severity: 'error', summary: 'The file could not be read.' },
  FILE_TOO_LARGE: { severity: 'error', summary: 'The file is larger than Counterpoint opens (50 MB); it was refused before it was read.' },
  TEXT_TOO_LONG: { severity: 'error', summary: 'A text field holds more than 100,000 characters; the map is refused, the field named by its path.' },
  // The envelope
  ENVELOPE_INVALID: { severity: 'error', summary: 'The file is not a Counterpoint map (format or version is wrong).' },
  VERSION_TOO_NEW: { severity: 'error', summary: 'The map was written by a newer Counterpoint; it is refused rather than half-read.' },
  MIGRATION_FAILED: { severity: 'error', summary: 'The map could not be brought up to the current format version.' },
  MIGRATED: { severity: 'info', summary: 'The map was migrated from an older format version.' },
  // Shape
  SCHEMA_INVALID: { severity: 'error', summary: 'A value has the wrong type or shape.' },
  UNKNOWN_NODE_KIND: { severity: 'error', summary: 'A node has a kind Counterpoint does not know.' },
  UNKNOWN_RELATION: { severity: 'error', summary: 'An edge has a relation Counterpoint does not know.' },
  FIELD_DROPPED: { severity: 'warning', summary: 'A field Counterpoint does not know (or does not allow, such as style) was dropped.' },
  // Identity and references between records
  DUPLICATE_ID: { severity: 'error', summary: 'Two records share an id.' },
  DANGLING_EDGE: { severity: 'error', summary: 'An edge points at a node that does not exist.' },
  DANGLING_UNDERCUT: { severity: 'error', summary: 'An undercut points at an edge that does not exist (or at something that is not a support or attack).' },
  SELF_LOOP: { severity: 'error', summary: 'An edge connects a node to itself.' },
  RELATION_KINDS_INVALID: { severity: 'error', summary: 'The relation does not make sense between these two kinds of node.' },
  STANCE_MISSING: { severity: 'error', summary: 'An assesses edge has no stance (supports, challenges or complicates).' },
  STANCE_NOT_ALLOWED: { severity: 'warning', summary: 'A stance only belongs on an assesses edge; it was dropped.' },
  UNKNOWN_REFERENCE: { severity: 'error', summary: 'A work, objection or source names a reference that is not in the map\'s references.' },
  UNKNOWN_POSITION: { severity: 'error', summary: 'A claim or objection names a position the map does not define.' },
  UNKNOWN_QUESTION: { severity: 'error', summary: 'A claim answers a question the map does not define.' },
  INCOMPLETE_REFERENCE: { severity: 'warning', summary: 'A reference lacks a title, an author (or editor) or a year.' },
  DUPLICATE_EDGE: { severity: 'warning', summary: 'The same relation between the same two nodes appears twice; the copy was dropped.' },
  LAYOUT_ORPHAN: { severity: 'info', summary: 'A saved position belongs to no node; it was dropped.' },
  // Sources and anchors
  UNKNOWN_SOURCE: { severity: 'error', summary: 'A passage names a source the map does not define.' },
  SOURCE_OUTSIDE_MAPS: { severity: 'error', summary: 'A source file path leaves the maps folder (absolute path or ..); it is refused.' },
  SOURCE_NOT_FOUND: { severity: 'error', summary: 'A source file does not exist.' },
  OFFSET_OUT_OF_RANGE: { severity: 'error', summary: 'A passage\'s start/end lie outside its source text or are reversed.' },
  QUOTE_NOT_FOUND: { severity: 'error', summary: 'A passage\'s quote no longer occurs in its source, not even approximately.' },
  QUOTE_NEEDS_REVIEW: { severity: 'warning', summary: 'A passage\'s quote only matches its source approximately; it needs review and was not moved.' },
  QUOTE_REANCHORED: { severity: 'info', summary: 'A passage\'s quote was found verbatim at a new place in its source and re-anchored there.' },
  CONTEXT_FILLED: { severity: 'info', summary: 'A passage had no prefix/suffix; they were filled in from its source.' },
  SOURCE_PAGES_INVALID: { severity: 'error', summary: 'A source\'s page boundaries are out of order or lie outside its text.' },
  SOURCE_TEXT_NOT_IN_FILE: { severity: 'warning', summary: 'A source\'s text is kept in the browser that added it (by its hash), not in the map file; its passages were not checked.' },
  SOURCE_HASH_UPDATED: { severity: 'info', summary: 'A source\'s text no longer matches its recorded SHA-256 hash; the hash was recomputed.' },
  PASSAGE_PAGE_SET: { severity: 'info', summary: 'A passage\'s page was filled in or corrected from its place in a paged source.' },
  // Essay outlines
  UNKNOWN_THESIS: { severity: 'error', summary: 'An outline was asked for a thesis that is not a claim or objection of the map.' },
  OUTLINE_ORPHAN: { severity: 'warning', summary: 'A saved outline names a thesis that is gone (or already has an outline); the outline was dropped.' },
  // Other formats coming in (importers feed the loader)
  IMPORT_FORMAT_UNKNOWN: { severity: 'error', summary: 'The file is in no format Counterpoint can import, or the format named does not exist.' },
  IMPORT_FAILED: { severity: 'error', summary: 'An importer could not read the file.' },
  EXPORT_FAILED: { severity: 'error', summary: 'An exporter could not write the map in that format.' },
  // Argdown (src/formats/argdown): located as `line L:C` in the Argdown text
  ARGDOWN_SYNTAX: { severity: 'error', summary: 'The Argdown text has a syntax error; nothing was imported.' },
  ARGDOWN_EMPTY: { severity: 'error', summary: 'The Argdown document has no statements or arguments to import.' },
  ARGDOWN_RELATION_UNMAPPED: { severity: 'error', summary: 'An Argdown relation has no counterpart in a map between these two kinds of node (or an undercut has nothing to deny).' },
  ARGDOWN_QUOTE_UNANCHORED: { severity: 'warning', summary: 'A statement marked as a quote could not be found verbatim in its source; it was imported as a claim.' },
  ARGDOWN_REFERENCE_MISSING: { severity: 'warning', summary: 'A work or objection names a reference the document does not carry; the work became a claim, the objection lost its reference.' },
  ARGDOWN_DATA_IGNORED: { severity: 'warning', summary: 'A field in an element\'s Argdown data has the wrong type or names nothing known; it was ignored.' },
  ARGDOWN_FRONTMATTER_IGNORED: { severity: 'info', summary: 'The document\'s front matter was not read: it is untrusted configuration.' },
  // AIF (src/formats/aif): located by JSON path in the AIF file
  AIF_INVALID: { severity: 'error', summary: 'The file is not AIF JSON (AIFdb or OVA3): it needs lists of nodes and edges.' },
  AIF_EMPTY: { severity: 'error', summary: 'The AIF file has no information nodes (I-nodes) to import.' },
  AIF_NODE_INVALID: { severity: 'error', summary: 'An AIF node lacks an id or a type, or shares its id with another node.' },
  AIF_EDGE_DANGLING: { severity: 'error', summary: 'An AIF edge names a node that is not in the file.' },
  AIF_SCHEME_UNMAPPED: { severity: 'warning', summary: 'An AIF scheme node (RA, CA, MA…) does not join information nodes in a way a map can hold; it was left out.' },
  AIF_EXTENSION_IGNORED: { severity: 'warning', summary: 'Counterpoint\'s own record in an AIF file (the "counterpoint" key) is invalid or names something missing; the plain AIF was read instead.' },
  AIF_NODE_IGNORED: { severity: 'info', summary: 'An AIF node that maps have no place for (locutions, transitions, illocutions) was left out.' },
  // Sources
  SOURCE_TOO_LARGE: { severity: 'error', summary: 'The file is larger than a source may be (50 MB); it was not read.' },
  SOURCE_KIND_UNKNOWN: { severity: 'error', summary: 'The file is not a kind of source Counterpoint reads (.txt, .md, .html or .pdf).' },
  SOURCE_BINARY: { severity: 'error', summary: 'The file is named as text but holds binary data.' },
  SOURCE_EMPTY: { severity: 'error', summary: 'The file holds no text.' },
  SOURCE_UNDECODABLE: { severity: 'warning', summary: 'Some bytes of the file are not UTF-8; they show as the replacement character.' },
  SOURCE_MARKUP_DROPPED: { severity: 'info', summary: 'Scripts, styles, navigation or forms in a web page were dropped; the page is read as text and never run.' },
  PDF_ENCRYPTED: { severity: 'error', summary: 'The PDF is protected by a password; Counterpoint cannot read it.' },
  PDF_CORRUPT: { severity: 'error', summary: 'The file is not a readable PDF (damaged, truncated or not a PDF at all).' },
  PDF_NO_TEXT: { severity: 'error', summary: 'The PDF has no text layer (a scan or images only); it would need OCR first.' },
  PDF_PAGES_WITHOUT_TEXT: { severity: 'warning', summary: 'Some pages of the PDF have no text layer (scanned pages or images); their text is missing.' },
  // Shared rooms (counterpoint serve)
  ROOM_UPDATE_INVALID: { severity: 'error', summary: 'An edit sent to a shared room would leave its map invalid; the room refused it and kept the map as it was.' },
  ROOM_TOO_LARGE: { severity: 'error', summary: 'An edit would take a shared room over its size limits (document bytes or nodes); the room refused it.' },
  ROOM_STORED_INVALID: { severity: 'error', summary: 'A room stored on the server does not load as a map; it is not served until repaired.' },
  // References
  REFERENCES_UNREADABLE: { severity: 'error', summary: 'An entry of a reference file (BibTeX, RIS, CSL-JSON) could not be read; it is named by its line or key, and nothing was imported.' },
  REFERENCES_EMPTY: { severity: 'error', summary: 'The file holds no references to import.' },
  REFERENCE_INVALID: { severity: 'error', summary: 'An item of a CSL-JSON file is not a reference (not an object, or with nothing bibliographic in it).' },
  REFERENCE_TYPE_FIXED: { severity: 'warning', summary: 'A reference\'s type is not a CSL type; it was given the nearest one (document when none is near).' },
  REFERENCE_ID_CHANGED: { severity: 'info', summary: 'A reference\'s key is not a valid id, is missing or is used twice; it was given another.' },
  REFERENCE_FIELD_DROPPED: { severity: 'warning', summary: 'A field of a reference is not a CSL variable, or has the wrong shape; it was dropped.' },
  // Comparing positions
  COMPARE_UNKNOWN_POSITION: { severity: 'error', summary: 'A position chosen for a comparison is not defined in the map.' },
  COMPARE_SELECTION_INVALID: { severity: 'error', summary: 'A comparison needs 2 to 5 different positions.' },
} as const satisfies Record<string, CatalogueEntry>;

export type ProblemCode = keyof typeof PROBLEM_CATALOGUE;

export interface Problem {
  readonly code: ProblemCode;
  readonly severity: Severity;
  /** JSONPath into the map file, e.g. `$.nodes[3].quote`; `$` for the whole file. */
  readonly path: string;
  readonly message: string;
  /** The record the problem is about, when there is one, so UIs can badge and select it. */
  readonly recordId?: string;
  /** Machine-readable extras (e.g. the best fuzzy match of a passage under review). */
  readonly detail?: Readonly<Record<string, unknown>>;
}

export function problem(
  code: ProblemCode,
  path: string,
  message: string,
  extra: { recordId?: string; detail?: Record<string, unknown> } = {},
): Problem {
  return { code, severity: PROBLEM_CATALOGUE[code].severity, path, message, ...extra };
}

export function hasErrors(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === 'error');
}

/** The line format fixed by the architecture note: `<file>: <json path>: <CODE>: <message>`. */
export function formatProblemLine(file: string, p: Problem): string {
  return `${file}: ${p.path}: ${p.code}: ${p.message}`;
}
