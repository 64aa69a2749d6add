import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Outline } from '../../domain/outline/types';
import type { Reference } from '../../domain/schema/reference';
import type { FormattedCitations } from '../../formats/citations/processor';
import type { CitationStyleId } from '../../formats/citations/styles';
import { outlineCiteRequests } from '../../formats/outline/citeRequests';
import { formatCitationsLatest, type KeyedCitations } from './citations/citationClient';
import { citationInput } from './citations/citationJob';

export interface OutlineCitations {
  /** The latest citations formatted; while `pending`, they are for the outline as it was a moment ago. */
  readonly citations: FormattedCitations | undefined;
  readonly pending: boolean;
  readonly error: string | null;
  /** The citations for the outline as it is now, formatted first if they are not yet. */
  readonly current: () => Promise<FormattedCitations>;
}

/**
 * The outline's citations in a style, formatted in the citation worker whenever what is
 * cited (or in what order, or the style) changes: a note or a collapsed branch costs nothing.
 */
export function useOutlineCitations(outline: Outline | undefined, references: readonly Reference[], style: CitationStyleId): OutlineCitations {
  const requests = useMemo(() => (outline ? outlineCiteRequests(outline) : []), [outline]);
  const { input, key } = useMemo(() => citationInput(references, requests, style), [references, requests, style]);
  // Keep the same input object while its key holds, so effects run only when the citations would change.
  const stable = useRef({ input, key });
  if (stable.current.key !== key) stable.current = { input, key };
  const wanted = stable.current;

  const hasOutline = outline !== undefined;
  const [done, setDone] = useState<KeyedCitations | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!hasOutline) return;
    let live = true;
    formatCitationsLatest(wanted.key, wanted.input).then(
      (result) => {
        if (!live) return;
        setDone(result);
        setError(null);
      },
      (e: unknown) => live && setError(e instanceof Error ? e.message : String(e)),
    );
    return () => {
      live = false;
    };
  }, [wanted, hasOutline]);

  const current = useCallback(async () => {
    if (done?.key === wanted.key) return done.citations;
    return (await formatCitationsLatest(wanted.key, wanted.input)).citations;
  }, [done, wanted]);

  return { citations: done?.citations, pending: done?.key !== wanted.key && error === null, error, current };
}
