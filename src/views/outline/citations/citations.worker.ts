/// <reference lib="webworker" />
import { browserStyleFiles } from '../../../formats/citations/browserStyleFiles';
import { formatCitations } from '../../../formats/citations/processor';
import type { CitationJob, CitationReply } from './citationJob';

declare const self: DedicatedWorkerGlobalScope;

// citeproc-js takes 50-200 ms to format an outline's citations; here that never holds up a drag or a keystroke.
self.onmessage = async (event: MessageEvent<CitationJob>) => {
  const { id, references, requests, style } = event.data;
  try {
    const citations = await formatCitations(references, requests, { style, output: 'markdown', files: browserStyleFiles });
    self.postMessage({ id, ok: true, citations } satisfies CitationReply);
  } catch (e) {
    self.postMessage({ id, ok: false, error: e instanceof Error ? e.message : String(e) } satisfies CitationReply);
  }
};
