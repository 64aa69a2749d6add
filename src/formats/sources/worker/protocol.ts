import type { ExtractProgress, ExtractResult, SourceFile } from '../types';

/** One file to extract, sent to the source worker. */
export type ExtractJob = SourceFile;

/** What the source worker sends back: progress while it reads, then the result, once. */
export type ExtractMessage =
  | ({ readonly kind: 'progress' } & ExtractProgress)
  | { readonly kind: 'done'; readonly result: ExtractResult };
