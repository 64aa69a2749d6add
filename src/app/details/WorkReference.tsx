import { useEffect, useState } from 'react';
import type { Reference } from '../../domain/schema/reference';
import { shortCitation } from '../../domain/labels';
import { safeHref } from '../../ui/safeHref';

/**
 * A work's reference as a bibliography entry (Chicago author-date, through citeproc, loaded
 * on first use). Until the style is loaded, and if it cannot be, a plain citation stands in.
 */
export function WorkReference({ reference, pages }: { reference: Reference | undefined; pages: string | undefined }) {
  const [formatted, setFormatted] = useState<string | null>(null);
  useEffect(() => {
    setFormatted(null);
    if (!reference) return;
    let live = true;
    // citeproc and the style load on first use, in their own chunks, as the outline's citations do.
    Promise.all([import('../../formats/citations'), import('../../formats/citations/browserStyleFiles')])
      .then(([{ formatCitations }, { browserStyleFiles }]) =>
        formatCitations([reference], [{ key: 'work', refId: reference.id, ...(pages ? { pages } : {}) }], { files: browserStyleFiles, output: 'text' }),
      )
      .then((result) => {
        if (live) setFormatted(result.bibliography[0]?.text ?? null);
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [reference, pages]);
  if (!reference) return <p className="cp-muted">This work’s reference is missing from the map.</p>;
  const link = safeHref(reference.URL) ?? (reference.DOI ? safeHref(`https://doi.org/${reference.DOI}`) : undefined);
  return (
    <div className="cp-reference">
      <p>{formatted ?? `${shortCitation(reference, reference.id)}. ${reference.title ?? ''}`}</p>
      {link ? (
        <a href={link} target="_blank" rel="noreferrer noopener">
          {link}
        </a>
      ) : null}
    </div>
  );
}
