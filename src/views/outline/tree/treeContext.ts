import { createContext, useContext } from 'react';
import type { TreeEntry } from '../../../domain/outline/tree';
import type { Position } from '../../../domain/schema/position';
import type { OutlineActions } from '../useOutlineActions';

/** What every row of the tree shares: the actions, the roving focus, folding, dragging and the note being edited. */
export interface TreeContextValue {
  readonly actions: OutlineActions;
  readonly activeId: string;
  readonly collapsed: ReadonlySet<string>;
  readonly selectedNodeId: string | null;
  readonly editingNote: string | null;
  readonly positions: ReadonlyMap<string, Position>;
  readonly drag: DragState | null;
  readonly depth: number;
  setDrag(drag: DragState | null): void;
  focus(id: string): void;
  toggle(id: string): void;
  editNote(id: string | null): void;
  onDraft(id: string, text: string): void;
  register(id: string, el: HTMLLIElement | null): void;
  /** Where a drop on this entry would land: before or after it, or nowhere (another parent). */
  dropOn(target: TreeEntry, after: boolean): void;
}

/** A drag in progress: the entry dragged and the sibling it would land beside. */
export interface DragState {
  readonly entry: TreeEntry;
  readonly over?: { readonly id: string; readonly after: boolean };
}

export const TreeContext = createContext<TreeContextValue | null>(null);

export function useTree(): TreeContextValue {
  const ctx = useContext(TreeContext);
  if (!ctx) throw new Error('useTree: no outline tree above this row');
  return ctx;
}
