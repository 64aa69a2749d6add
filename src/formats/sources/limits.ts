import { problem, type Problem } from '../../domain/errors';
import type { SourceMedia } from '../../domain/schema/source';

/** The largest file Counterpoint reads as a source: a long scanned-and-OCRed book is well under it. */
export const MAX_SOURCE_BYTES = 50 * 1024 * 1024;

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** Refuses a file by its size alone, before a byte of it is read. */
export function sizeProblem(name: string, size: number): Problem | undefined {
  if (size <= MAX_SOURCE_BYTES) return undefined;
  return problem('SOURCE_TOO_LARGE', '$', `${name} is ${megabytes(size)}; a source may be at most ${megabytes(MAX_SOURCE_BYTES)}, so it was not read`);
}

const BY_EXTENSION: Readonly<Record<string, SourceMedia>> = {
  txt: 'text/plain',
  text: 'text/plain',
  md: 'text/markdown',
  markdown: 'text/markdown',
  html: 'text/html',
  htm: 'text/html',
  xhtml: 'text/html',
  pdf: 'application/pdf',
};

/** What kind of source a file is, by its extension, else by the type the browser reported. */
export function sourceMediaOf(name: string, type?: string): SourceMedia | undefined {
  const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();
  if (ext && BY_EXTENSION[ext]) return BY_EXTENSION[ext];
  const mime = type?.split(';')[0]?.trim().toLowerCase();
  if (mime === 'application/xhtml+xml') return 'text/html';
  return (Object.values(BY_EXTENSION) as string[]).includes(mime ?? '') ? (mime as SourceMedia) : undefined;
}

/** The file name extensions an "Open source" dialog offers. */
export const SOURCE_FILE_ACCEPT = '.txt,.md,.markdown,.html,.htm,.pdf,text/plain,text/markdown,text/html,application/pdf';
