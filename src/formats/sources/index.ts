/**
 * Sources from files: a .txt, .md, saved web page or PDF to its text, page boundaries and
 * metadata, or coded problems. `extractSource` runs anywhere (given a pdf.js loader:
 * `nodePdfJs` from './pdfNode' in Node, `browserPdfJs` in a browser); `openSourceFile` is
 * the browser's entry point, which does the work in a worker. See docs/sources.md.
 */
export { extractSource, unknownKindProblem, type ExtractOptions } from './extract';
export { MAX_SOURCE_BYTES, SOURCE_FILE_ACCEPT, sizeProblem, sourceMediaOf } from './limits';
export { browserPdfJs } from './pdfBrowser';
export type { PdfJs, PdfExtractOptions } from './pdf';
export { extractInWorker, openSourceFile, type OpenSourceOptions } from './worker/client';
export { draftReference, sourceRecord, STORE_IN_BROWSER_ABOVE, type SourceRecordOptions } from './toSource';
export type { ExtractedSource, ExtractProgress, ExtractResult, ProgressListener, SourceFile } from './types';
