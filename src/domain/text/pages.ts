/**
 * Page boundaries of a paged source (a PDF, or a text taken from a printed edition): where
 * each page starts in the text, in code points, and the label the edition prints on it
 * ("41", "xii"). Every offset at or after a page's start and before the next one's lies on
 * that page, so a passage knows its page from its offsets alone.
 */
export interface PageBoundary {
  /** Code-point offset of the page's first character; blank pages share their successor's start. */
  readonly start: number;
  readonly label: string;
}

/** The index of the page holding a code-point offset (binary search), or -1 before the first page. */
export function pageIndexAt(pages: readonly PageBoundary[], offset: number): number {
  let lo = 0;
  let hi = pages.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    if (pages[mid]!.start <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/**
 * The page, or page range, of a code-point range (end exclusive) as a citation gives it:
 * "41", or "41-42" when the range runs over a page break. Undefined for an unpaged text or
 * a range before the first page.
 */
export function pageOfRange(pages: readonly PageBoundary[], start: number, end: number): string | undefined {
  if (pages.length === 0) return undefined;
  const first = pageIndexAt(pages, start);
  if (first < 0) return undefined;
  const last = Math.max(first, pageIndexAt(pages, Math.max(start, end - 1)));
  const a = pages[first]!.label;
  const b = pages[last]!.label;
  return a === b ? a : `${a}-${b}`;
}

/**
 * What is wrong with a list of page boundaries for a text of `length` code points, or
 * undefined: starts must never go backwards and must lie within the text (a blank last
 * page may start at its very end).
 */
export function pagesProblem(pages: readonly PageBoundary[], length: number | undefined): string | undefined {
  for (let i = 0; i < pages.length; i++) {
    const page = pages[i]!;
    if (i > 0 && page.start < pages[i - 1]!.start) {
      return `page ${JSON.stringify(page.label)} starts at ${page.start}, before the page listed ahead of it (${JSON.stringify(pages[i - 1]!.label)} at ${pages[i - 1]!.start})`;
    }
    if (length !== undefined && page.start > length) {
      return `page ${JSON.stringify(page.label)} starts at ${page.start}, past the end of the text (${length} characters)`;
    }
  }
  return undefined;
}
