import type { FormattedCitations } from '../../../formats/citations/processor';
import type { CitationInput, CitationJob, CitationReply } from './citationJob';

/** Formatted citations with the key of the input they were formatted for. */
export interface KeyedCitations {
  readonly key: string;
  readonly citations: FormattedCitations;
}

type Settle<T> = { resolve: (value: T) => void; reject: (e: Error) => void };

let worker: Worker | null = null;
let workerFailed = false;
let nextId = 1;
const replies = new Map<number, Settle<FormattedCitations>>();

/** The citation worker, started on first use, so neither it nor citeproc loads for a user who never outlines. */
function citationWorker(): Worker | null {
  if (workerFailed) return null;
  if (!worker) {
    try {
      worker = new Worker(new URL('./citations.worker.ts', import.meta.url), { type: 'module', name: 'counterpoint-citations' });
    } catch {
      workerFailed = true;
      return null;
    }
    worker.onmessage = (event: MessageEvent<CitationReply>) => {
      const reply = event.data;
      const settle = replies.get(reply.id);
      replies.delete(reply.id);
      if (reply.ok) settle?.resolve(reply.citations);
      else settle?.reject(new Error(reply.error));
    };
    worker.onerror = (event) => {
      // A worker that cannot start (a browser without module workers) hands over to the main thread.
      event.preventDefault();
      workerFailed = true;
      worker?.terminate();
      worker = null;
      const waiting = [...replies.values()];
      replies.clear();
      for (const settle of waiting) settle.reject(new Error('the citation worker stopped'));
    };
  }
  return worker;
}

async function formatOnMainThread(input: CitationInput): Promise<FormattedCitations> {
  const [{ formatCitations }, { browserStyleFiles }] = await Promise.all([import('../../../formats/citations/processor'), import('../../../formats/citations/browserStyleFiles')]);
  return formatCitations(input.references, input.requests, { style: input.style, output: 'markdown', files: browserStyleFiles });
}

function formatOnce(input: CitationInput): Promise<FormattedCitations> {
  const w = citationWorker();
  if (!w) return formatOnMainThread(input);
  const job: CitationJob = { id: nextId++, ...input };
  return new Promise<FormattedCitations>((resolve, reject) => {
    replies.set(job.id, { resolve, reject });
    w.postMessage(job);
  }).catch(() => formatOnMainThread(input));
}

let running = false;
let waiting: { key: string; input: CitationInput; settles: Settle<KeyedCitations>[] } | null = null;

/**
 * Formats citations off the main thread, one job at a time. Requests made while a job
 * runs are coalesced: only the newest is formatted next, and everyone waiting gets its
 * result, keyed, so a caller can tell whether it is still the one it asked for. A burst
 * of moves or exclusions thus costs two renders, not one per change.
 */
export function formatCitationsLatest(key: string, input: CitationInput): Promise<KeyedCitations> {
  return new Promise((resolve, reject) => {
    waiting = { key, input, settles: [...(waiting?.settles ?? []), { resolve, reject }] };
    void pump();
  });
}

async function pump(): Promise<void> {
  if (running || !waiting) return;
  const job = waiting;
  waiting = null;
  running = true;
  try {
    const citations = await formatOnce(job.input);
    for (const s of job.settles) s.resolve({ key: job.key, citations });
  } catch (e) {
    for (const s of job.settles) s.reject(e instanceof Error ? e : new Error(String(e)));
  } finally {
    running = false;
    void pump();
  }
}
