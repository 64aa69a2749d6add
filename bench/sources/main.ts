import { extractInWorker } from '../../src/formats/sources/worker/client';

/** What one extraction in the page's worker did, as the bench reads it. */
export interface WorkerRun {
  readonly ok: boolean;
  readonly pages: number;
  readonly chars: number;
  readonly progressEvents: number;
  readonly lastProgress: { done: number; total: number } | null;
  readonly ms: number;
  /** The longest the page's main thread went without a frame while the worker read. */
  readonly longestFrameGapMs: number;
}

declare global {
  interface Window {
    extractFromUrl(url: string, name: string): Promise<WorkerRun>;
  }
}

window.extractFromUrl = async (url, name) => {
  const bytes = new Uint8Array(await (await fetch(url)).arrayBuffer());
  let events = 0;
  let last: { done: number; total: number } | null = null;
  let longest = 0;
  let previous = performance.now();
  let ticking = true;
  const tick = (now: number) => {
    longest = Math.max(longest, now - previous);
    previous = now;
    if (ticking) requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  const t = performance.now();
  const result = await extractInWorker({ name, bytes }, {
    onProgress: (p) => {
      events++;
      last = p;
      document.getElementById('status')!.textContent = `${p.done} / ${p.total}`;
    },
  });
  const ms = performance.now() - t;
  ticking = false;
  return {
    ok: result.ok,
    pages: result.ok ? (result.source.pages?.length ?? 0) : 0,
    chars: result.ok ? result.source.text.length : 0,
    progressEvents: events,
    lastProgress: last,
    ms,
    longestFrameGapMs: longest,
  };
};
