import { useEffect, useRef, useState } from 'react';
import type { Problem } from '../../domain/errors';
import { openSourceFile, type ExtractedSource } from '../../formats/sources';

export type SourceFileState =
  | { readonly status: 'idle' }
  /** `total` is 0 until the worker reports (a PDF's page count, else one step). */
  | { readonly status: 'reading'; readonly name: string; readonly done: number; readonly total: number }
  | { readonly status: 'read'; readonly file: File; readonly extracted: ExtractedSource };

/**
 * Reads a file the user chose as a source, in a worker, with its progress; Cancel (or
 * closing the dialog) stops the worker. A refused file calls `onRefused` with its coded
 * problems and leaves nothing behind: the map is only changed when the user confirms.
 */
export function useSourceFile(onRefused: (name: string, problems: readonly Problem[]) => void) {
  const [state, setState] = useState<SourceFileState>({ status: 'idle' });
  const running = useRef<AbortController | null>(null);
  const refused = useRef(onRefused);
  refused.current = onRefused;

  useEffect(() => () => running.current?.abort(), []);

  const open = async (file: File) => {
    running.current?.abort();
    const controller = new AbortController();
    running.current = controller;
    const current = () => running.current === controller;
    setState({ status: 'reading', name: file.name, done: 0, total: 0 });
    try {
      const result = await openSourceFile(file, {
        signal: controller.signal,
        onProgress: ({ done, total }) => current() && setState({ status: 'reading', name: file.name, done, total }),
      });
      if (!current()) return;
      running.current = null;
      if (result.ok) setState({ status: 'read', file, extracted: result.source });
      else {
        setState({ status: 'idle' });
        refused.current(file.name, result.problems);
      }
    } catch {
      // Cancelled: cancel() has already gone back to the start.
      if (current()) {
        running.current = null;
        setState({ status: 'idle' });
      }
    }
  };

  const cancel = () => {
    running.current?.abort();
    running.current = null;
    setState({ status: 'idle' });
  };

  return { state, open, cancel };
}
