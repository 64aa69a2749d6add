declare global {
  interface Window {
    __cpReaderRenders?: Map<number, number>;
  }
}

/**
 * Counts paragraph renders, for measuring that a change of selection, highlight or search
 * hit re-renders only the paragraphs it touches. Compiled in only when VITE_RENDER_PROBE=1;
 * elsewhere the condition is replaced at build time and the call drops out.
 */
export function useReaderRenderProbe(paragraph: number): void {
  if (import.meta.env.VITE_RENDER_PROBE === '1') {
    const counts = (window.__cpReaderRenders ??= new Map());
    counts.set(paragraph, (counts.get(paragraph) ?? 0) + 1);
  }
}
