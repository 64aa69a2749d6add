import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { dropTarget, outlineTree, stepTarget, visibleEntries, type TreeEntry } from '../../../domain/outline/tree';
import { useCounterpoint } from '../../../store';
import type { OutlineActions } from '../useOutlineActions';
import type { OutlineModel } from '../useOutlineModel';
import { TreeContext, type DragState, type TreeContextValue } from './treeContext';
import { TreeItem } from './TreeItem';

interface Props {
  readonly model: OutlineModel;
  readonly actions: OutlineActions;
  readonly editingNote: string | null;
  readonly onEditNote: (id: string | null) => void;
  readonly onDraft: (id: string, text: string) => void;
  /** Told which entry the tree is on, so the preview can follow. */
  readonly onActive: (entry: TreeEntry) => void;
}

/**
 * The outline as a tree (WAI-ARIA tree pattern): arrows move between items and fold
 * them, Alt+↑/↓ move an item among its siblings, Space takes it in or out of the
 * essay, Enter selects its node, N edits its note, M shows it on the map. Items are
 * also dragged into place with the mouse.
 */
export function OutlineTree({ model, actions, editingNote, onEditNote, onDraft, onActive }: Props) {
  const tree = useMemo(() => outlineTree(model.outline), [model.outline]);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(() => new Set());
  const visible = useMemo(() => visibleEntries(tree, collapsed), [tree, collapsed]);
  const [active, setActive] = useState(tree[0]!.id);
  const activeId = visible.some((e) => e.id === active) ? active : visible[0]!.id;
  const [drag, setDrag] = useState<DragState | null>(null);
  const elements = useRef(new Map<string, HTMLLIElement>());
  const refocus = useRef<string | null>(null);
  const selectedNodeId = useCounterpoint((s) => (s.selection.nodes.length === 1 ? s.selection.nodes[0]! : null));
  const doc = useCounterpoint((s) => s.doc);
  const positions = useMemo(() => new Map(doc.positions.map((p) => [p.id, p])), [doc.positions]);

  const activeEntry = visible.find((e) => e.id === activeId)!;
  useEffect(() => {
    onActive(activeEntry);
  }, [activeEntry, onActive]);

  // A moved item's element may be taken out and put back by React: give it its focus back.
  useLayoutEffect(() => {
    const id = refocus.current;
    refocus.current = null;
    if (id) elements.current.get(id)?.focus();
  }, [tree]);

  const focus = useCallback((id: string) => {
    setActive(id);
    const el = elements.current.get(id);
    if (el && document.activeElement !== el && !el.contains(document.activeElement)) el.focus();
  }, []);
  const toggle = useCallback(
    (id: string) =>
      setCollapsed((c) => {
        const next = new Set(c);
        if (!next.delete(id)) next.add(id);
        return next;
      }),
    [],
  );

  const move = (entry: TreeEntry, target: { parentId: string; toIndex: number } | undefined) => {
    if (!target) return;
    refocus.current = entry.id;
    actions.move(entry, target.parentId, target.toIndex);
  };

  const ctx: TreeContextValue = {
    actions,
    activeId,
    collapsed,
    selectedNodeId,
    editingNote,
    positions,
    drag,
    depth: model.depth,
    setDrag,
    focus,
    toggle,
    editNote: onEditNote,
    onDraft,
    register: (id, el) => {
      if (el) elements.current.set(id, el);
      else elements.current.delete(id);
    },
    dropOn: (target, after) => drag && move(drag.entry, dropTarget(drag.entry, target, after)),
  };

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const el = e.target as HTMLElement;
    if (el.getAttribute('role') !== 'treeitem') return;
    const at = visible.findIndex((v) => v.id === el.dataset.entryId);
    const entry = visible[at];
    if (!entry) return;
    const expanded = entry.children.length > 0 && !collapsed.has(entry.id);
    const go = (i: number) => visible[i] && focus(visible[i].id);
    if (e.altKey && (e.key === 'ArrowUp' || e.key === 'ArrowDown')) move(entry, stepTarget(entry, e.key === 'ArrowUp' ? -1 : 1));
    else if (e.altKey || e.ctrlKey || e.metaKey) return;
    else if (e.key === 'ArrowDown') go(at + 1);
    else if (e.key === 'ArrowUp') go(at - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(visible.length - 1);
    else if (e.key === 'ArrowRight') {
      if (entry.children.length > 0 && !expanded) toggle(entry.id);
      else if (expanded) focus(entry.children[0]!.id);
    } else if (e.key === 'ArrowLeft') {
      if (expanded) toggle(entry.id);
      else if (entry.level > 1) focus(visible.slice(0, at).findLast((v) => v.level < entry.level)!.id);
    } else if (e.key === ' ' && entry.kind !== 'thesis') actions.setIncluded(entry, entry.excluded);
    else if (e.key === 'Enter' && entry.item?.nodeId) actions.select(entry.item.nodeId);
    else if (e.key.toLowerCase() === 'n') onEditNote(entry.id);
    else if (e.key.toLowerCase() === 'm' && entry.item?.nodeId) actions.showOnMap(entry.item.nodeId);
    else return;
    e.preventDefault();
  };

  return (
    <TreeContext.Provider value={ctx}>
      <ul className="cp-ol-tree" role="tree" aria-label="Outline" aria-describedby="cp-ol-tree-keys" onKeyDown={onKeyDown}>
        {/* One flat list with levels (ARIA allows it): each item's name is its own line, not its branch's text. */}
        {visible.map((entry) => (
          <TreeItem key={entry.id} entry={entry} />
        ))}
      </ul>
      <p className="cp-ol-keys" id="cp-ol-tree-keys">
        <kbd>↑</kbd>
        <kbd>↓</kbd> move, <kbd>←</kbd>
        <kbd>→</kbd> fold, <kbd>Alt</kbd>+<kbd>↑</kbd>/<kbd>↓</kbd> or drag to reorder, <kbd>Space</kbd> include or leave out, <kbd>N</kbd> note, <kbd>Enter</kbd> select, <kbd>M</kbd> show on map
      </p>
    </TreeContext.Provider>
  );
}
