import type { QuoteSelector } from '../../domain/anchoring/selector';
import { isVerbatim } from '../../domain/reader/highlights';
import type { Point } from '../../domain/schema/layout';
import { pageOfRange } from '../../domain/text/pages';
import { relationAllowed } from '../../domain/relations';
import type { EditResult } from '../document/editError';
import { addLinkedNode } from './addLinkedNode';
import { nodeById, sourceParagraphs } from '../selectors';
import type { CounterpointStore } from '../types';
import { ownValue } from '../../domain/ownKey';

export interface QuotedPassage {
  readonly sourceId: string;
  /** Cut from the source (e.g. by `selectorFromSelection`); refused unless verbatim there. */
  readonly selector: QuoteSelector;
  /** Exactly where; by default below the claim it joins, else free around `near`. */
  readonly at?: Point;
  readonly near?: Point;
  /** The claim or objection the passage states or supports. */
  readonly link?: { readonly to: string; readonly relation: 'states' | 'supports' };
  /** What follows (see addLinkedNode); by default the passage is selected and brought into view. */
  readonly then?: 'reveal' | 'select' | 'none';
}

/**
 * Adds a passage quoted from a source of the map, linked to a claim if asked, as one undo
 * step (through addLinkedNode). A selector that does not stand verbatim in the source's text is refused: a passage
 * is only ever the source's own words.
 */
export function addQuotedPassage(store: CounterpointStore, request: QuotedPassage): EditResult<string> {
  const state = store.getState();
  const text = ownValue(state.sourceTexts, request.sourceId);
  if (text === undefined || !state.doc.sources.some((s) => s.id === request.sourceId)) {
    return refused(`There is no source "${request.sourceId}" in this map.`);
  }
  if (!isVerbatim(request.selector, sourceParagraphs(text).source)) return refused('The quote is not the source’s text at that place.');
  const target = request.link ? nodeById(state.doc, request.link.to) : undefined;
  if (request.link && (!target || !relationAllowed(request.link.relation, 'passage', target.kind))) {
    return refused(target ? `A passage cannot ${request.link.relation === 'states' ? 'state' : 'support'} a ${target.kind}.` : `There is no node "${request.link.to}".`);
  }
  // Its page follows it in a paged source, as the loader would set it.
  const page = pageOfRange(state.doc.sources.find((s) => s.id === request.sourceId)?.pages ?? [], request.selector.start, request.selector.end);
  const added = addLinkedNode(store, {
    draft: { kind: 'passage', source: request.sourceId, ...request.selector, ...(page === undefined ? {} : { page }) },
    ...(request.at ? { at: request.at } : {}),
    ...(request.near ? { near: request.near } : {}),
    ...(request.link ? { link: { other: request.link.to, relation: request.link.relation, newIs: 'from' as const } } : {}),
    then: request.then ?? 'reveal',
  });
  return added.ok ? { ok: true, value: added.value.node } : added;
}

function refused(message: string): EditResult<string> {
  return { ok: false, message };
}
