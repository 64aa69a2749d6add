import { problem } from '../../../domain/errors';
import { extractSource, unknownKindProblem } from '../extract';
import { sizeProblem, sourceMediaOf } from '../limits';
import { browserPdfJs } from '../pdfBrowser';
import type { ExtractResult, ProgressListener, SourceFile } from '../types';
import type { ExtractMessage } from './protocol';

export interface OpenSourceOptions {
  /** Pages read of a PDF (`done` of `total`); one step for the other kinds. */
  readonly onProgress?: ProgressListener;
  /** Cancels: the worker is stopped and the promise rejects with the signal's reason. */
  readonly signal?: AbortSignal;
}

/**
 * Opens a file the user chose as a source, in the browser: refused by size and kind
 * before a byte is read, then read and extracted in a worker of its own (stopped when
 * done, which frees what pdf.js held), with progress as it goes. The result is the
 * extracted text, its pages and what the file says about itself, or coded problems.
 */
export async function openSourceFile(file: File, options: OpenSourceOptions = {}): Promise<ExtractResult> {
  const tooLarge = sizeProblem(file.name, file.size);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  if (!sourceMediaOf(file.name, file.type)) return { ok: false, problems: [unknownKindProblem(file.name)] };
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (e) {
    return { ok: false, problems: [problem('FILE_UNREADABLE', '$', `${file.name} could not be read: ${e instanceof Error ? e.message : String(e)}`)] };
  }
  return extractInWorker({ name: file.name, type: file.type, bytes }, options);
}

/** Extracts bytes already in hand in a worker; where no module worker can start, on this thread. */
export function extractInWorker(file: SourceFile, options: OpenSourceOptions = {}): Promise<ExtractResult> {
  if (options.signal?.aborted) return Promise.reject(options.signal.reason);
  let worker: Worker;
  try {
    worker = new Worker(new URL('./extract.worker.ts', import.meta.url), { type: 'module', name: 'counterpoint-sources' });
  } catch {
    return onThisThread(file, options);
  }
  return new Promise<ExtractResult>((resolve, reject) => {
    const stop = () => {
      worker.terminate();
      options.signal?.removeEventListener('abort', abort);
    };
    const abort = () => {
      stop();
      reject(options.signal!.reason);
    };
    options.signal?.addEventListener('abort', abort, { once: true });
    worker.onmessage = (event: MessageEvent<ExtractMessage | undefined>) => {
      // pdf.js's parser, loaded in the worker, announces itself on the same channel: only our messages count.
      const message = event.data;
      if (message?.kind === 'progress') options.onProgress?.({ done: message.done, total: message.total });
      else if (message?.kind === 'done') {
        stop();
        resolve(message.result);
      }
    };
    worker.onerror = (event) => {
      // A worker that cannot load (a browser without module workers): the same work here.
      event.preventDefault();
      stop();
      onThisThread(file, options).then(resolve, reject);
    };
    worker.postMessage(file);
  });
}

function onThisThread(file: SourceFile, options: OpenSourceOptions): Promise<ExtractResult> {
  return extractSource(file, { pdfjs: browserPdfJs, ...options });
}
