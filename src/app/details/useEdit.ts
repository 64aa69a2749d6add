import { useCallback } from 'react';
import { useCounterpointStore, type CounterpointState } from '../../store';

type Result = { ok: true } | { ok: false; message: string };

/** Runs a store edit and shows a refused edit's reason, so no form has to. */
export function useEdit() {
  const store = useCounterpointStore();
  return useCallback(
    (edit: (s: CounterpointState) => Result) => {
      const result = edit(store.getState());
      if (!result.ok) store.getState().notify({ tone: 'error', text: result.message });
      return result.ok;
    },
    [store],
  );
}
