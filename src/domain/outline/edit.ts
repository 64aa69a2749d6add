import type { ArgumentMap } from '../schema/map';
import { OUTLINE_ROOT, type SavedOutline } from '../schema/outline';
import type { Outline, OutlineItem } from './types';

/**
 * Pure edits of a saved outline, for the outline view: each takes the outline as the
 * user sees it (built, then arranged by `applySavedOutline`) and returns a new
 * SavedOutline, so the store can put the change on its undo stack as one step.
 */

export function newSavedOutline(thesis: string): SavedOutline {
  return { thesis };
}

export function savedOutlineFor(map: ArgumentMap, thesis: string): SavedOutline | undefined {
  return map.outlines?.find((o) => o.thesis === thesis);
}

/** The map with this thesis's saved outline replaced (or added); an empty one is removed. */
export function withSavedOutline(map: ArgumentMap, saved: SavedOutline): ArgumentMap {
  const others = (map.outlines ?? []).filter((o) => o.thesis !== saved.thesis);
  const keep = isEmpty(saved) ? others : [...others, saved];
  const { outlines: _old, ...rest } = map;
  return keep.length === 0 ? rest : { ...rest, outlines: keep };
}

function isEmpty(saved: SavedOutline): boolean {
  return Object.entries(saved).every(([key, value]) => {
    if (key === 'thesis' || value === undefined) return true;
    return typeof value === 'object' && value !== null && Object.keys(value).length === 0;
  });
}

/** The ids under a parent: `outline` for the sections, a section id, or an item id. */
export function childIds(outline: Outline, parentId: string): string[] | undefined {
  if (parentId === OUTLINE_ROOT) return outline.sections.map((s) => s.id);
  const section = outline.sections.find((s) => s.id === parentId);
  if (section) return section.items.map((i) => i.id);
  const item = findItem(outline, parentId);
  return item?.children.map((c) => c.id);
}

export function findItem(outline: Outline, id: string): OutlineItem | undefined {
  const search = (items: readonly OutlineItem[]): OutlineItem | undefined => {
    for (const item of items) {
      if (item.id === id) return item;
      const hit = search(item.children);
      if (hit) return hit;
    }
    return undefined;
  };
  return search([outline.thesis, ...outline.sections.flatMap((s) => s.items)]);
}

/** Moves a child to a new index under its parent (drag to reorder); unknown ids change nothing. */
export function moveItem(saved: SavedOutline, outline: Outline, parentId: string, itemId: string, toIndex: number): SavedOutline {
  const ids = childIds(outline, parentId);
  if (!ids || !ids.includes(itemId)) return saved;
  const rest = ids.filter((id) => id !== itemId);
  const at = Math.max(0, Math.min(toIndex, rest.length));
  rest.splice(at, 0, itemId);
  return { ...saved, order: { ...saved.order, [parentId]: rest } };
}

export function setExcluded(saved: SavedOutline, itemId: string, excluded: boolean): SavedOutline {
  const rest = (saved.excluded ?? []).filter((id) => id !== itemId);
  const next = excluded ? [...rest, itemId] : rest;
  const { excluded: _old, ...base } = saved;
  return next.length === 0 ? base : { ...base, excluded: next };
}

/** Sets the user's note on an item or section; blank text removes it. */
export function setUserNote(saved: SavedOutline, itemId: string, text: string): SavedOutline {
  const { [itemId]: _old, ...others } = saved.notes ?? {};
  const notes = text.trim() === '' ? others : { ...others, [itemId]: text };
  const { notes: _notes, ...base } = saved;
  return Object.keys(notes).length === 0 ? base : { ...base, notes };
}
