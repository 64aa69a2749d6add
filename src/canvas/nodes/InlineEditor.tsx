import { useEffect, useRef, useState } from 'react';
import { useCounterpointStore } from '../../store';

interface InlineEditorProps {
  readonly id: string;
  readonly text: string;
  readonly label: string;
}

/**
 * Edits a node's text in place. Enter commits (Shift+Enter starts a new line), Escape
 * cancels, leaving the field commits. A node created a moment ago is one undo step with
 * its first text, and cancelling it removes it (the store's gesture).
 */
export function InlineEditor({ id, text, label }: InlineEditorProps) {
  const store = useCounterpointStore();
  // A fresh node starts empty (its stored text is only a placeholder until the first commit).
  const [value, setValue] = useState(() => (store.getState().editingFresh ? '' : text));
  const ref = useRef<HTMLTextAreaElement>(null);
  const done = useRef(false);

  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    el.focus({ preventScroll: true });
    el.select();
  }, []);

  const finish = (commit: boolean) => {
    if (done.current) return;
    done.current = true;
    const state = store.getState();
    const trimmed = value.trim();
    if (commit && trimmed && trimmed !== text) {
      const result = state.updateNode(id, { text: trimmed });
      if (!result.ok) state.notify({ tone: 'error', text: result.message });
    }
    if (commit && (trimmed || !state.editingFresh)) state.endGesture();
    else state.cancelGesture();
    state.setEditing(null);
    // Give the keyboard back to the node, so arrows, Delete and Enter keep working.
    requestAnimationFrame(() => document.querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(id)}"]`)?.focus());
  };

  return (
    <textarea
      ref={ref}
      className="cp-inline-editor nodrag nowheel nopan"
      aria-label={label}
      placeholder="Type, then press Enter"
      value={value}
      onChange={(e) => setValue(e.target.value)}
      onBlur={() => finish(true)}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Enter' && !e.shiftKey) {
          e.preventDefault();
          finish(true);
        } else if (e.key === 'Escape') {
          e.preventDefault();
          finish(false);
        }
      }}
    />
  );
}
