import type { Problem } from '../../domain/errors';
import type { SourceReader } from '../../domain/loader';
import type { ArgumentMap } from '../../domain/schema/map';
import type { Reference } from '../../domain/schema/reference';

/**
 * What an importer makes of a file: a value for the one loader (a map) or CSL-JSON items
 * (references), with the importer's own warnings; or coded problems and nothing at all.
 */
export type ImportResult<T> =
  | { readonly ok: true; readonly value: T; readonly problems: readonly Problem[] }
  | { readonly ok: false; readonly problems: readonly Problem[] };

export interface ImportContext {
  /** The file's name, when it came from a file: named in messages, never opened. */
  readonly fileName?: string;
  /**
   * The host's reader of source texts beside the file (the loader's own, with its path
   * checks), for importers that anchor quotes (Argdown's `#quote` statements). Absent when
   * pasted text has no folder: such quotes cannot be anchored and come in as claims.
   */
  readonly readSource?: SourceReader;
}

/**
 * A format that comes in. Stateless: `parse` reads only its text. Heavy parsers are loaded
 * inside `parse` (a dynamic import), so the app pays for a format only when it is used.
 * Problems carry a location in the input's own terms: a JSON path for JSON formats,
 * `line 12:4` for text formats.
 */
export interface Importer<T> {
  readonly id: string;
  readonly label: string;
  /** Lower-case file name endings, with the dot, longest first: `.map.json`, `.argdown`. */
  readonly extensions: readonly string[];
  /** Whether pasted text (or a file with an unhelpful name) looks like this format. */
  detect(text: string): boolean;
  parse(text: string, context?: ImportContext): Promise<ImportResult<T>>;
}

/** A map importer's value goes through `loadMapValue`, like any map that enters. */
export type MapImporter = Importer<unknown>;
export type ReferenceImporter = Importer<readonly Reference[]>;

/** A part of the canvas, in canvas units: what "the current view" is when a picture is taken of it. */
export interface CanvasArea {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface ExportInput {
  readonly map: ArgumentMap;
  /** Each source's text by source id (the loader's `sourceTexts`). */
  readonly sourceTexts: Readonly<Record<string, string>>;
  /** Only the part of the map in this area (pictures of the current view); the whole map when absent. */
  readonly area?: CanvasArea;
}

/** A format that goes out: the CLI's `export --to <id>` and the File menu share these. */
export interface MapExporter {
  readonly id: string;
  readonly label: string;
  /** With the dot: `.map.json`, `.argdown`, `.svg`. */
  readonly extension: string;
  readonly mediaType: string;
  /** Whether it can draw a part of the map (`ExportInput.area`). */
  readonly picturesArea?: boolean;
  render(input: ExportInput): Promise<string | Uint8Array>;
}

export interface ReferenceExporter {
  readonly id: string;
  readonly label: string;
  readonly extension: string;
  readonly mediaType: string;
  render(references: readonly Reference[]): Promise<string>;
}
