import { useEffect, type RefObject } from 'react';
import { selectionOffsets } from './domOffsets';
import { readerStore } from './readerState';

/**
 * Follows the document's selection and keeps the reader's copy of it (as source offsets)
 * while it lies in the reader's text. Read once per frame: `selectionchange` fires on every
 * pixel of a drag.
 */
export function useTextSelection(container: RefObject<HTMLElement | null>, sourceId: string | null): void {
  useEffect(() => {
    let frame = 0;
    const read = () => {
      frame = 0;
      const root = container.current;
      const offsets = root && sourceId ? selectionOffsets(root) : null;
      readerStore.getState().setSelection(offsets && sourceId ? { sourceId, unitStart: offsets.unitStart, unitEnd: offsets.unitEnd } : null);
    };
    const onChange = () => {
      if (!frame) frame = requestAnimationFrame(read);
    };
    document.addEventListener('selectionchange', onChange);
    read();
    return () => {
      document.removeEventListener('selectionchange', onChange);
      cancelAnimationFrame(frame);
      readerStore.getState().setSelection(null);
    };
  }, [container, sourceId]);
}

/** Clears the reader's text selection (once it has become a passage). */
export function clearTextSelection(): void {
  document.getSelection()?.removeAllRanges();
  readerStore.getState().setSelection(null);
}
