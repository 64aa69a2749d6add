/**
 * Counts component renders by key, for measurements: the benchmark checks that editing one
 * node re-renders only that node (`__cpRenders`, by node id), and the reader's paragraphs
 * can be watched the same way (`__cpReaderRenders`, by paragraph number). Compiled in only
 * when VITE_RENDER_PROBE=1 (the bench's build); everywhere else
 * `import.meta.env.VITE_RENDER_PROBE` is replaced at build time and the call is dropped.
 */
declare global {
  interface Window {
    __cpRenders?: Map<string, number>;
    __cpReaderRenders?: Map<string, number>;
  }
}

export function useRenderProbe(key: string, probe: '__cpRenders' | '__cpReaderRenders' = '__cpRenders'): void {
  if (import.meta.env.VITE_RENDER_PROBE === '1') {
    const counts = (window[probe] ??= new Map());
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
}
