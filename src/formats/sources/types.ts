import type { Problem } from '../../domain/errors';
import type { SourceMedia } from '../../domain/schema/source';
import type { PageBoundary } from '../../domain/text/pages';

/** A file's text as Counterpoint keeps it, with what the file says about itself. */
export interface ExtractedSource {
  readonly media: SourceMedia;
  /** Plain text, paragraphs separated by blank lines, line endings LF: what passages quote. */
  readonly text: string;
  /** For a PDF: where each page starts in `text`, in code points, with the page's label. */
  readonly pages?: readonly PageBoundary[];
  readonly title?: string;
  /** As the file names it ("Leon Trotsky"; several joined by "; "). */
  readonly author?: string;
  readonly year?: number;
  readonly url?: string;
  /** Warnings and notes only (what was dropped or could not be read); errors refuse the file. */
  readonly problems: readonly Problem[];
}

export type ExtractResult =
  | { readonly ok: true; readonly source: ExtractedSource }
  /** Nothing was extracted: each problem says why, with its code. */
  | { readonly ok: false; readonly problems: readonly Problem[] };

/** Progress through a long file: pages of a PDF, or one step for the other kinds. */
export interface ExtractProgress {
  readonly done: number;
  readonly total: number;
}

export type ProgressListener = (progress: ExtractProgress) => void;

/** A file as the browser's File or Node's readFile gives it. */
export interface SourceFile {
  readonly name: string;
  readonly bytes: Uint8Array;
  /** The MIME type the browser reported, if any. */
  readonly type?: string;
}
