import { OUTLINE_ROOT } from '../schema/outline';
import type { Outline, OutlineItem, OutlineSection } from './types';

/**
 * The outline as the editor's tree: the thesis first (fixed), then the sections, each
 * with its items nested as the essay nests them. Each entry knows its parent and its
 * place among its siblings, which is what reordering, keyboard moves and their
 * announcements need.
 */
export interface TreeEntry {
  readonly id: string;
  readonly kind: 'thesis' | 'section' | 'item';
  /** The id the order of this entry's siblings is saved under; null for the thesis, which never moves. */
  readonly parentId: string | null;
  /** 1 for the thesis and the sections. */
  readonly level: number;
  /** 0-based place among its siblings, and how many siblings there are (itself included). */
  readonly index: number;
  readonly siblings: number;
  readonly item?: OutlineItem;
  readonly section?: OutlineSection;
  readonly children: readonly TreeEntry[];
  /** Left out of the essay, by itself or because an entry above it is. */
  readonly excluded: boolean;
  readonly excludedAbove: boolean;
}

export function outlineTree(outline: Outline): TreeEntry[] {
  const items = (list: readonly OutlineItem[], parentId: string, level: number, above: boolean): TreeEntry[] =>
    list.map((item, index) => ({
      id: item.id,
      kind: 'item',
      parentId,
      level,
      index,
      siblings: list.length,
      item,
      excluded: !!item.excluded,
      excludedAbove: above,
      children: items(item.children, item.id, level + 1, above || !!item.excluded),
    }));
  const thesis: TreeEntry = {
    id: outline.thesis.id,
    kind: 'thesis',
    parentId: null,
    level: 1,
    index: 0,
    siblings: 1,
    item: outline.thesis,
    excluded: false,
    excludedAbove: false,
    children: items(outline.thesis.children, outline.thesis.id, 2, false),
  };
  const sections = outline.sections.map<TreeEntry>((section, index) => ({
    id: section.id,
    kind: 'section',
    parentId: OUTLINE_ROOT,
    level: 1,
    index,
    siblings: outline.sections.length,
    section,
    excluded: !!section.excluded,
    excludedAbove: false,
    children: items(section.items, section.id, 2, !!section.excluded),
  }));
  return [thesis, ...sections];
}

/** The entries a reader of the tree sees, top to bottom: children of collapsed entries are skipped. */
export function visibleEntries(tree: readonly TreeEntry[], collapsed: ReadonlySet<string>): TreeEntry[] {
  const out: TreeEntry[] = [];
  const walk = (entries: readonly TreeEntry[]) => {
    for (const entry of entries) {
      out.push(entry);
      if (!collapsed.has(entry.id)) walk(entry.children);
    }
  };
  walk(tree);
  return out;
}

export function findEntry(tree: readonly TreeEntry[], id: string): TreeEntry | undefined {
  for (const entry of tree) {
    if (entry.id === id) return entry;
    const hit = findEntry(entry.children, id);
    if (hit) return hit;
  }
  return undefined;
}

/** Where a move by `delta` places (-1 up, +1 down) an entry among its siblings, or undefined at an end or for the thesis. */
export function stepTarget(entry: TreeEntry, delta: number): { parentId: string; toIndex: number } | undefined {
  if (entry.parentId === null) return undefined;
  const toIndex = entry.index + delta;
  if (toIndex < 0 || toIndex >= entry.siblings) return undefined;
  return { parentId: entry.parentId, toIndex };
}

/**
 * Where dropping `dragged` before or after `target` places it, when both share a parent:
 * the index among the siblings once the dragged entry is taken out.
 */
export function dropTarget(dragged: TreeEntry, target: TreeEntry, after: boolean): { parentId: string; toIndex: number } | undefined {
  if (dragged.parentId === null || dragged.parentId !== target.parentId || dragged.id === target.id) return undefined;
  const at = target.index + (after ? 1 : 0);
  const toIndex = at > dragged.index ? at - 1 : at;
  return toIndex === dragged.index ? undefined : { parentId: dragged.parentId, toIndex };
}
