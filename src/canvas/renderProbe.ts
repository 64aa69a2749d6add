/**
 * Counts node renders by id, for the benchmark that checks editing one node re-renders
 * only that node. The check is compiled in only when VITE_RENDER_PROBE=1 (the bench's
 * build); everywhere else `import.meta.env.VITE_RENDER_PROBE` is replaced at build time
 * and the call is dropped.
 */
declare global {
  interface Window {
    __cpRenders?: Map<string, number>;
  }
}

export function useRenderProbe(id: string): void {
  if (import.meta.env.VITE_RENDER_PROBE === '1') {
    const counts = (window.__cpRenders ??= new Map());
    counts.set(id, (counts.get(id) ?? 0) + 1);
  }
}
