/**
 * The reader renders every run of source text as an element with `data-u`: the UTF-16
 * offset of its first character in the source. A DOM selection maps back to the source
 * through these, never through `Selection.toString()` (which turns no-break spaces into
 * spaces, adds line breaks between blocks and leaves out text the browser hides).
 */
export const SEGMENT_SELECTOR = '[data-u]';

function segmentsIn(root: Element): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(SEGMENT_SELECTOR)];
}

const unitOf = (segment: HTMLElement) => Number(segment.dataset.u);
const lengthOf = (segment: HTMLElement) => segment.textContent?.length ?? 0;

/**
 * The source offset of a selection boundary. Inside a run of text it is exact; anywhere else
 * (a paragraph number, the gap between paragraphs, outside the reader) it snaps to the
 * nearest text: a selection's start to the next run, its end to the previous one.
 */
export function offsetOfBoundary(root: Element, node: Node, offset: number, edge: 'start' | 'end'): number | null {
  if (node.nodeType === Node.TEXT_NODE) {
    const segment = node.parentElement?.closest<HTMLElement>(SEGMENT_SELECTOR);
    if (segment && root.contains(segment) && segment.firstChild === node) return unitOf(segment) + offset;
  }
  const segments = segmentsIn(root);
  if (segments.length === 0) return null;
  const probe = document.createRange();
  probe.setStart(node, offset);
  probe.collapse(true);
  if (edge === 'start') {
    // The first run that starts at or after the boundary.
    const i = firstIndex(segments.length, (k) => probe.comparePoint(segments[k]!, 0) >= 0);
    const next = segments[i];
    return next ? unitOf(next) : unitOf(segments.at(-1)!) + lengthOf(segments.at(-1)!);
  }
  // The last run that ends at or before the boundary.
  const i = firstIndex(segments.length, (k) => probe.comparePoint(segments[k]!, segments[k]!.childNodes.length) > 0) - 1;
  const previous = segments[i];
  return previous ? unitOf(previous) + lengthOf(previous) : unitOf(segments[0]!);
}

/** The first index in 0..n for which `test` holds, given that it holds for every index after it. */
function firstIndex(n: number, test: (k: number) => boolean): number {
  let lo = 0;
  let hi = n;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (test(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The current selection as source offsets, if it touches the reader's text and is not empty. */
export function selectionOffsets(root: Element): { unitStart: number; unitEnd: number; range: Range } | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!range.intersectsNode(root)) return null;
  const unitStart = offsetOfBoundary(root, range.startContainer, range.startOffset, 'start');
  const unitEnd = offsetOfBoundary(root, range.endContainer, range.endOffset, 'end');
  if (unitStart === null || unitEnd === null || unitEnd <= unitStart) return null;
  return { unitStart, unitEnd, range };
}
