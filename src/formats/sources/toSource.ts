import type { Reference } from '../../domain/schema/reference';
import type { Source } from '../../domain/schema/source';
import { textHash } from '../../domain/text/hash';
import type { ExtractedSource } from './types';

/**
 * Above this many characters a source's text is kept in the browser's store by its hash
 * rather than copied into the map (and so into every autosave and undo record); an export
 * embeds it or writes it beside the map (prepareSourcesForExport).
 */
export const STORE_IN_BROWSER_ABOVE = 100_000;

export interface SourceRecordOptions {
  readonly id: string;
  /** The title the user confirmed; else the file's own, else the file name. */
  readonly title?: string;
  /** The reference (an id among the map's references) the source is a copy of. */
  readonly ref?: string;
  readonly fileName?: string;
}

/**
 * The map's record of an extracted file, and where its text goes: inline when short,
 * `stored: "browser"` under its hash when long (the caller then puts `text` in the
 * browser's store under `source.hash` before adding the source).
 */
export function sourceRecord(extracted: ExtractedSource, options: SourceRecordOptions): { source: Source; text: string; storeInBrowser: boolean } {
  const { text } = extracted;
  const storeInBrowser = text.length > STORE_IN_BROWSER_ABOVE;
  const source: Source = {
    id: options.id,
    title: options.title?.trim() || extracted.title || options.fileName || 'Untitled source',
    ...(storeInBrowser ? { stored: 'browser' as const } : { text }),
    hash: textHash(text),
    media: extracted.media,
    ...(options.ref ? { ref: options.ref } : {}),
    ...(extracted.author ? { author: extracted.author } : {}),
    ...(extracted.year ? { year: extracted.year } : {}),
    ...(extracted.url ? { url: extracted.url } : {}),
    ...(extracted.pages?.length ? { pages: [...extracted.pages] } : {}),
  };
  return { source, text, storeInBrowser };
}

/**
 * A reference drafted from what a file says about itself (title, authors, year, address),
 * for the user to check and complete before it is added: a file's metadata is often
 * wrong or missing, and a reference must describe the real work. Undefined with no title.
 */
export function draftReference(extracted: ExtractedSource, id: string): Reference | undefined {
  if (!extracted.title) return undefined;
  const authors = extracted.author?.split(/\s*;\s*/).filter(Boolean).map((name) => {
    const inverted = /^([^,]+),\s*(.+)$/.exec(name);
    return inverted ? { family: inverted[1]!, given: inverted[2]! } : { literal: name };
  });
  return {
    id,
    type: extracted.media === 'text/html' ? 'webpage' : 'document',
    title: extracted.title,
    ...(authors?.length ? { author: authors } : {}),
    ...(extracted.year ? { issued: { 'date-parts': [[extracted.year]] } } : {}),
    ...(extracted.url ? { URL: extracted.url } : {}),
  };
}
