import { selectorFromSelection } from '../../domain/reader/selection';
import { relationAllowed } from '../../domain/relations';
import { isArguable, type MapNode } from '../../domain/schema/node';
import { addQuotedPassage, nodeById, selectPrimaryNodeId, sourceParagraphs } from '../../store';
import { createNode, viewCenter } from '../../commands/helpers';
import type { CommandContext } from '../../commands/types';
import { clearTextSelection } from './useTextSelection';
import { readerStore } from './readerState';
import { ownValue } from '../../domain/ownKey';

/** How a passage made from a selection joins the map. */
export type PassageLink =
  | { readonly kind: 'states' | 'supports'; readonly to: string }
  | { readonly kind: 'new-claim' }
  | { readonly kind: 'none' };

/** The claim or objection selected on the map, which a new passage would state or support. */
export function linkTarget(ctx: CommandContext): MapNode | undefined {
  const s = ctx.store.getState();
  const id = selectPrimaryNodeId(s);
  const node = id ? nodeById(s.doc, id) : undefined;
  return node && isArguable(node) ? node : undefined;
}

/** What "Create passage" does without being asked: state the selected claim, else start a new claim. */
export function defaultLink(ctx: CommandContext): PassageLink {
  const target = linkTarget(ctx);
  if (!target) return { kind: 'new-claim' };
  return { kind: relationAllowed('states', 'passage', target.kind) ? 'states' : 'supports', to: target.id };
}

/**
 * Makes a passage of the reader's selection: the exact text of the source between the
 * selection's ends (whatever the browser's own copy of the selection says), placed below
 * the claim it joins. Linking to a new claim is one undo step with the claim's first text,
 * typed in place; cancelling that removes both.
 */
export function createPassageFromSelection(ctx: CommandContext, link: PassageLink): string | null {
  const selection = readerStore.getState().selection;
  const state = ctx.store.getState();
  const text = selection ? ownValue(state.sourceTexts, selection.sourceId) : undefined;
  if (!selection || text === undefined) return null;
  const selector = selectorFromSelection(sourceParagraphs(text).source, selection.unitStart, selection.unitEnd);
  if (!selector) {
    state.notify({ tone: 'error', text: 'Select some words of the text first.' });
    return null;
  }
  if (link.kind === 'new-claim') return withNewClaim(ctx, selection.sourceId, selector);
  const to = link.kind === 'none' ? undefined : link.to;
  const added = addQuotedPassage(ctx.store, { sourceId: selection.sourceId, selector, near: viewCenter(ctx), ...(to && link.kind !== 'none' ? { link: { to, relation: link.kind } } : {}) });
  if (!added.ok) {
    state.notify({ tone: 'error', text: added.message });
    return null;
  }
  clearTextSelection();
  return added.value;
}

/** A new claim, typed in place, stated by the passage: one undo step once the claim's text is committed; cancelling removes both. */
function withNewClaim(ctx: CommandContext, sourceId: string, selector: NonNullable<ReturnType<typeof selectorFromSelection>>): string | null {
  const claim = createNode(ctx, 'claim');
  if (!claim) return null;
  // Inside the claim's open gesture, so the passage joins its step (and goes if it is cancelled).
  const passage = addQuotedPassage(ctx.store, { sourceId, selector, link: { to: claim, relation: 'states' }, then: 'none' });
  if (!passage.ok) {
    ctx.store.getState().setEditing(null);
    ctx.store.getState().cancelGesture();
    ctx.store.getState().notify({ tone: 'error', text: passage.message });
    return null;
  }
  clearTextSelection();
  return passage.value;
}
