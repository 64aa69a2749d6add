/// <reference lib="webworker" />
import { problem } from '../../../domain/errors';
import { extractSource } from '../extract';
import { browserPdfJs } from '../pdfBrowser';
import type { ExtractJob, ExtractMessage } from './protocol';

declare const self: DedicatedWorkerGlobalScope;

// A 400-page PDF takes seconds to read; here that never holds up the page, and progress goes out per page.
self.onmessage = async (event: MessageEvent<ExtractJob>) => {
  const file = event.data;
  const send = (message: ExtractMessage) => self.postMessage(message);
  try {
    const result = await extractSource(file, { pdfjs: browserPdfJs, onProgress: (p) => send({ kind: 'progress', ...p }) });
    send({ kind: 'done', result });
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    send({ kind: 'done', result: { ok: false, problems: [problem('IMPORT_FAILED', '$', `${file.name} could not be read: ${why}`)] } });
  }
};
