import { useId } from 'react';
import { firstPageNumber, numberPagesFrom } from '../../domain/reader/pageMarks';
import type { PageBoundary } from '../../domain/text/pages';

/**
 * How a paged source's pages are numbered: as the PDF labels them, or counted from the
 * printed number of its first page (an article that starts on page 41 of its journal),
 * so citations give the edition's pages.
 */
export function PageNumbering({ pages, first, onChange }: { pages: readonly PageBoundary[]; first: string; onChange: (first: string) => void }) {
  const id = useId();
  const labels = labelsOf(pages, first);
  return (
    <div className="cp-page-numbering">
      <label htmlFor={id}>Printed number of the first page</label>
      <input id={id} inputMode="numeric" value={first} placeholder={pages[0]?.label} onChange={(e) => onChange(e.target.value.replace(/[^0-9]/g, ''))} />
      <span className="cp-muted">
        {pages.length} page{pages.length === 1 ? '' : 's'}, cited as {pages.length > 1 ? `pp. ${labels[0]}–${labels.at(-1)}` : `p. ${labels[0]}`}
        {first ? '' : ' (as the file numbers them)'}
      </span>
    </div>
  );
}

/** The first-page field's starting value: the file's own first number when its pages count up from it. */
export function initialFirstPage(pages: readonly PageBoundary[] | undefined): string {
  const first = pages ? firstPageNumber(pages) : undefined;
  return first === undefined ? '' : String(first);
}

/** The pages as the field says to number them (unchanged while it is empty). */
export function pagesNumbered(pages: readonly PageBoundary[], first: string): readonly PageBoundary[] {
  const n = Number.parseInt(first, 10);
  return Number.isFinite(n) && n > 0 ? numberPagesFrom(pages, n) : pages;
}

function labelsOf(pages: readonly PageBoundary[], first: string): string[] {
  return pagesNumbered(pages, first).map((p) => p.label);
}
