import type { Reference } from '../../domain/schema/reference';

/**
 * The CSL item handed to citeproc for a reference. The map's `note` on a reference is
 * the curators' record of what was checked, not bibliographic data, and citeproc would
 * read "key: value" lines in it as extra fields, so it is left out. A fresh copy each
 * time, because citeproc normalises the items it is given in place.
 */
export function toCslItem(reference: Reference): Record<string, unknown> {
  const { note: _curatorsNote, ...item } = structuredClone(reference);
  // Short notes and title-based citations use the main title without its subtitle (Chicago 14.30).
  const main = item.title?.split(/:\s/)[0];
  if (item['title-short'] === undefined && main && main !== item.title) item['title-short'] = main;
  return item;
}

/** The locator and its label from a pinpoint such as "401", "pp. 12-14", "chap. 3" or "para. 89". */
export function locatorOf(pages: string | undefined): { locator: string; label: string } | undefined {
  const text = pages?.trim();
  if (!text) return undefined;
  const chapter = /^(?:chap(?:ter)?\.?|ch\.)\s*(.+)$/i.exec(text);
  if (chapter) return { locator: chapter[1]!, label: 'chapter' };
  const paragraph = /^(?:paras?\.?|paragraphs?|\u00b6+)\s*(.+)$/i.exec(text);
  if (paragraph) return { locator: paragraph[1]!, label: 'paragraph' };
  return { locator: text.replace(/^pp?\.\s*/i, ''), label: 'page' };
}
