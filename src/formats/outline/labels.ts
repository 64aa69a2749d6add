import type { OutlineItem } from '../../domain/outline/types';
import { clipAtWord } from '../../domain/labels';
import { authorPhrase } from './names';

/** What each role is called where an item is named: in the Markdown and in the editor's tree. */
export const ROLE_LABELS: Readonly<Record<OutlineItem['role'], string>> = {
  thesis: 'Thesis',
  evidence: 'Passage',
  reason: 'Reason',
  objection: 'Objection',
  reply: 'Reply',
  undercut: 'Undercut',
  rival: 'Rival answer',
  stance: 'Works',
  work: 'Work',
  prompt: 'Prompt',
};

/**
 * An item's name in one short line, plain text: a claim's title (or its text, clipped),
 * a passage's opening words in quotation marks, a work's authors and year.
 */
export function itemHeadline(item: OutlineItem, max = 90): string {
  // A passage brought in as a reason or reply is quoted as evidence is.
  if (item.passage) return `“${clipAtWord(item.text, max - 2)}”`;
  switch (item.role) {
    case 'work':
      return `${authorPhrase(item.authors ?? [])}${item.year === undefined ? '' : ` (${item.year})`}`;
    case 'prompt':
      return 'Question for the conclusion';
    default:
      return clipAtWord(item.title ?? item.text, max);
  }
}

/** A name for the exported file: the map's id and the thesis's, e.g. `permanent-revolution-outline-stages-theory.md`. */
export function outlineFileName(mapId: string, thesisId: string): string {
  const slug = (s: string) =>
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'untitled';
  return `${slug(mapId)}-outline-${slug(thesisId)}.md`;
}
