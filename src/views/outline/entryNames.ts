import type { TreeEntry } from '../../domain/outline/tree';
import type { Outline } from '../../domain/outline/types';
import { OUTLINE_ROOT } from '../../domain/schema/outline';
import { itemHeadline, ROLE_LABELS } from '../../formats/outline/labels';
import { findItem } from '../../domain/outline/edit';

/** An entry as a sentence names it: "Reason “Uneven and combined development”", "the section Historiography". */
export function entryName(entry: TreeEntry): string {
  if (entry.section) return `the section ${entry.section.heading}`;
  const item = entry.item!;
  if (item.role === 'stance') return item.text;
  return `${ROLE_LABELS[item.role]} “${itemHeadline(item, 60)}”`;
}

function parentName(outline: Outline, parentId: string): string {
  if (parentId === OUTLINE_ROOT) return 'the outline';
  const section = outline.sections.find((s) => s.id === parentId);
  if (section) return section.heading;
  const item = findItem(outline, parentId);
  return item ? `“${itemHeadline(item, 60)}”` : 'its parent';
}

/** Where an entry now stands, for the announcement of a move: "place 2 of 6 in Arguments for". */
export function placeName(outline: Outline, parentId: string, index: number, count: number): string {
  return `place ${index + 1} of ${count} in ${parentName(outline, parentId)}`;
}

/** Enough of a text to find it again: its opening words. */
const opening = (text: string) => text.replace(/\s+/g, ' ').trim().slice(0, 48);

/**
 * Text by which an entry can be found in the rendered preview: a section's heading, an
 * argument's "Objection: Title" (as the Markdown writes it), a quote's opening words.
 */
export function previewAnchor(entry: TreeEntry): string {
  if (entry.section) return entry.section.heading;
  const item = entry.item!;
  if (entry.kind === 'thesis') return 'Thesis';
  if (item.passage || item.role === 'prompt' || item.role === 'stance') return opening(item.text);
  if (item.role === 'work') return opening(item.note ?? item.text);
  return item.title ? `${ROLE_LABELS[item.role]}: ${item.title}` : opening(item.text);
}
