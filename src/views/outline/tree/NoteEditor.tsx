import { useEffect, useRef, useState } from 'react';
import type { TreeEntry } from '../../../domain/outline/tree';
import { COMMIT_DRAFTS_EVENT } from '../../../ui/drafts';
import { useTree } from './treeContext';

/**
 * The user's own note on an item, typed in place. The preview shows it as it is typed;
 * leaving the field (or Ctrl+Enter, or leaving the page) saves it with the map as one undo
 * step, Escape puts back what was there.
 */
export function NoteEditor({ entry, name }: { entry: TreeEntry; name: string }) {
  const tree = useTree();
  // The note as saved when the editor opened: the entry's note changes as the draft is typed.
  const [initial] = useState(() => (entry.item?.userNote ?? entry.section?.userNote) || '');
  const [text, setText] = useState(initial);
  const closing = useRef(false);
  const box = useRef<HTMLDivElement>(null);
  // Show the whole editor, buttons included, when it opens near the bottom of the tree.
  useEffect(() => {
    // A block body: scrollIntoView returns a promise in recent browsers, which React would take for a cleanup.
    void box.current?.scrollIntoView({ block: 'nearest' });
  }, []);
  // A note still being typed when the page goes away is saved with the map: the app asks
  // for drafts just before its last write.
  const latest = useRef({ text, save: (value: string) => tree.actions.saveNote(entry, value) });
  latest.current = { text, save: (value: string) => tree.actions.saveNote(entry, value) };
  useEffect(() => {
    const commit = () => {
      if (!closing.current && latest.current.text !== initial) latest.current.save(latest.current.text);
    };
    addEventListener(COMMIT_DRAFTS_EVENT, commit);
    return () => removeEventListener(COMMIT_DRAFTS_EVENT, commit);
  }, [initial]);
  const close = (save: boolean) => {
    if (closing.current) return;
    closing.current = true;
    if (save && text !== initial) tree.actions.saveNote(entry, text);
    tree.editNote(null);
    tree.focus(entry.id);
  };
  return (
    <div className="cp-ol-note-editor" ref={box} style={{ marginLeft: `${(entry.level - 1) * 18 + 52}px` }}>
      <textarea
        autoFocus
        rows={3}
        aria-label={`Your note on ${name}`}
        placeholder="Your note: what to say here, a source to find, a doubt…"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          tree.onDraft(entry.id, e.target.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') close(false);
          else if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) close(true);
          else return;
          e.preventDefault();
          e.stopPropagation();
        }}
        onBlur={(e) => {
          if (!e.currentTarget.parentElement?.contains(e.relatedTarget as Node | null)) close(true);
        }}
      />
      <div className="cp-ol-note-editor__bar">
        <span className="cp-field-hint">Ctrl+Enter saves · Esc cancels</span>
        <button type="button" className="cp-button" onMouseDown={(e) => e.preventDefault()} onClick={() => close(false)}>
          Cancel
        </button>
        <button type="button" className="cp-button cp-button--primary" onMouseDown={(e) => e.preventDefault()} onClick={() => close(true)}>
          Save note
        </button>
      </div>
    </div>
  );
}
