import { Panel } from '@xyflow/react';
import { useCounterpointStore } from '../store';

/**
 * Said when a large map opens zoomed in on its start rather than fitted whole (where its
 * cards would be too small to read): the map goes on beyond the view, and the whole of it
 * is one click or Shift+1 away.
 */
export function ReadableHint({ onDismiss }: { readonly onDismiss: () => void }) {
  const store = useCounterpointStore();
  return (
    <Panel position="bottom-center" className="cp-readable-hint">
      <div role="status" className="cp-readable-hint__body">
        <span>Zoomed in to read; the map goes on.</span>
        <button
          type="button"
          className="cp-readable-hint__fit"
          onClick={() => {
            store.getState().requestFit();
            onDismiss();
          }}
        >
          Fit the whole map <kbd>Shift+1</kbd>
        </button>
        <button type="button" className="cp-readable-hint__close" aria-label="Dismiss this hint" onClick={onDismiss}>
          ×
        </button>
      </div>
    </Panel>
  );
}
