import type { Outline, OutlineItem } from '../../domain/outline/types';
import type { CiteRequest } from '../citations/processor';

/** Items the rendered essay shows, in reading order: the thesis, then each kept section's kept items, depth first. */
export function visibleItems(outline: Outline): OutlineItem[] {
  const out: OutlineItem[] = [];
  const visit = (item: OutlineItem) => {
    if (item.excluded) return;
    out.push(item);
    item.children.forEach(visit);
  };
  visit(outline.thesis);
  for (const section of outline.sections) if (!section.excluded) section.items.forEach(visit);
  return out;
}

/**
 * The references the essay cites, one request per citing item in reading order: works
 * in the historiography are cited narratively (their authors are named in the line),
 * objections drawn from a work in parentheses after their text.
 */
export function outlineCiteRequests(outline: Outline): CiteRequest[] {
  return visibleItems(outline).flatMap((item) => {
    if (!item.cite || item.repeatOf !== undefined) return [];
    const request: CiteRequest = { key: item.id, refId: item.cite.refId, ...(item.cite.pages === undefined ? {} : { pages: item.cite.pages }) };
    return [item.role === 'work' ? { ...request, narrative: true } : request];
  });
}
