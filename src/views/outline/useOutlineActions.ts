import { useMemo } from 'react';
import { moveItem, setExcluded, setUserNote } from '../../domain/outline/edit';
import type { TreeEntry } from '../../domain/outline/tree';
import { DEFAULT_DEPTH } from '../../domain/outline/types';
import { DEFAULT_CITATION_STYLE, type CitationStyleId, type SavedOutline } from '../../domain/schema/outline';
import { selectVisibility, useCounterpointStore } from '../../store';
import { entryName, placeName } from './entryNames';
import type { OutlineModel } from './useOutlineModel';

export interface OutlineActions {
  move(entry: TreeEntry, parentId: string, toIndex: number): void;
  setIncluded(entry: TreeEntry, included: boolean): void;
  saveNote(entry: TreeEntry, text: string): void;
  setStyle(style: CitationStyleId): void;
  setDepth(depth: number): void;
  /** Selects the node on the canvas (the details panel shows it) without leaving the outline. */
  select(nodeId: string): void;
  /** Switches to the map with the node selected and in view. */
  showOnMap(nodeId: string): void;
}

/** Every change the outline view makes: each edits the saved outline in the map as one undo step, and says what it did. */
export function useOutlineActions(model: OutlineModel | undefined, announce: (text: string) => void): OutlineActions {
  const store = useCounterpointStore();
  return useMemo<OutlineActions>(() => {
    const save = (next: SavedOutline) => {
      const result = store.getState().saveOutline(next);
      if (!result.ok) store.getState().notify({ tone: 'error', text: result.message });
    };
    const saved = () => model!.saved;
    return {
      move(entry, parentId, toIndex) {
        if (!model) return;
        save(moveItem(saved(), model.outline, parentId, entry.id, toIndex));
        announce(`Moved ${entryName(entry)} to ${placeName(model.outline, parentId, toIndex, entry.siblings)}.`);
      },
      setIncluded(entry, included) {
        if (!model) return;
        save(setExcluded(saved(), entry.id, !included));
        announce(`${entryName(entry)} ${included ? 'is back in' : 'is left out of'} the essay.`);
      },
      saveNote(entry, text) {
        if (!model) return;
        save(setUserNote(saved(), entry.id, text));
        announce(text.trim() ? `Note saved on ${entryName(entry)}.` : `Note removed from ${entryName(entry)}.`);
      },
      setStyle(style) {
        if (!model) return;
        const { style: _old, ...rest } = saved();
        save(style === DEFAULT_CITATION_STYLE ? rest : { ...rest, style });
      },
      setDepth(depth) {
        if (!model) return;
        const { depth: _old, ...rest } = saved();
        save(depth === DEFAULT_DEPTH ? rest : { ...rest, depth });
      },
      select(nodeId) {
        store.getState().selectNode(nodeId, { reveal: true });
      },
      showOnMap(nodeId) {
        const s = store.getState();
        s.setView('map');
        if (selectVisibility(s).hiddenNodes.has(nodeId)) {
          s.resetFilters();
          store.setState({ collapsed: [] });
          s.notify({ tone: 'info', text: 'Filters and collapsed branches were cleared to show that node.' });
        }
        store.getState().selectNode(nodeId, { reveal: true });
      },
    };
  }, [model, store, announce]);
}
