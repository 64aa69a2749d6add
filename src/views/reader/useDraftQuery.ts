import { useEffect, useRef, useState } from 'react';
import { readerStore, useReader } from './readerState';

const PAUSE_MS = 150;

/**
 * What is typed in the search box, handed to the search once typing pauses: each key only
 * redraws the box, never the text. A query set from elsewhere ("Find in source" with a
 * selection) shows up in the box.
 */
export function useDraftQuery() {
  const query = useReader((r) => r.query);
  const [draft, setDraftState] = useState(query);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef(draft);

  useEffect(() => {
    if (query !== latest.current) {
      latest.current = query;
      setDraftState(query);
    }
  }, [query]);
  useEffect(() => () => clearTimeout(timer.current), []);

  const flush = () => {
    clearTimeout(timer.current);
    readerStore.getState().setQuery(latest.current);
  };
  const setDraft = (value: string) => {
    latest.current = value;
    setDraftState(value);
    clearTimeout(timer.current);
    // Clearing the box clears the marks at once; anything else waits for a pause.
    if (!value) flush();
    else timer.current = setTimeout(flush, PAUSE_MS);
  };
  return { draft, pending: draft !== query, setDraft, flush };
}
