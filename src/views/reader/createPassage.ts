import { placeFree, placeNear } from '../../canvas/layout/placement';
import { placeholderText } from '../../canvas/ConnectMenu';
import { selectorFromSelection } from '../../domain/reader/selection';
import { relationAllowed } from '../../domain/relations';
import { isArguable, type MapNode } from '../../domain/schema/node';
import { addQuotedPassage, nodeById, selectPrimaryNodeId, sourceParagraphs } from '../../store';
import { selectForTyping, viewCenter } from '../../commands/helpers';
import type { CommandContext } from '../../commands/types';
import { clearTextSelection } from './useTextSelection';
import { readerStore } from './readerState';

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
  const text = selection ? state.sourceTexts[selection.sourceId] : undefined;
  if (!selection || text === undefined) return null;
  const selector = selectorFromSelection(sourceParagraphs(text).source, selection.unitStart, selection.unitEnd);
  if (!selector) {
    state.notify({ tone: 'error', text: 'Select some words of the text first.' });
    return null;
  }
  if (link.kind === 'new-claim') return withNewClaim(ctx, selection.sourceId, selector);
  const to = link.kind === 'none' ? undefined : link.to;
  const at = to ? placeNear(state.doc, to, 'below', 'passage') : placeFree(state.doc, viewCenter(ctx), 'passage');
  const added = addQuotedPassage(ctx.store, { sourceId: selection.sourceId, selector, at, ...(to && link.kind !== 'none' ? { link: { to, relation: link.kind } } : {}) });
  if (!added.ok) {
    state.notify({ tone: 'error', text: added.message });
    return null;
  }
  clearTextSelection();
  ctx.store.getState().selectNode(added.value, { reveal: true });
  return added.value;
}

function withNewClaim(ctx: CommandContext, sourceId: string, selector: NonNullable<ReturnType<typeof selectorFromSelection>>): string | null {
  const state = ctx.store.getState();
  // The claim's text is typed on the canvas, so the canvas must be showing.
  if (state.view !== 'map') state.setView('map');
  state.beginGesture();
  const place = placeFree(state.doc, viewCenter(ctx), 'claim');
  const claim = state.addNode({ kind: 'claim', text: placeholderText(state.doc, 'claim') }, place);
  const passage = claim.ok
    ? addQuotedPassage(ctx.store, { sourceId, selector, at: placeNear(ctx.store.getState().doc, claim.value, 'below', 'passage'), link: { to: claim.value, relation: 'states' } })
    : claim;
  if (!claim.ok || !passage.ok) {
    ctx.store.getState().cancelGesture();
    state.notify({ tone: 'error', text: passage.ok ? 'The claim could not be added.' : passage.message });
    return null;
  }
  clearTextSelection();
  // The gesture stays open until the claim's first text is committed (one step) or cancelled (nothing).
  selectForTyping(ctx, claim.value, place, 'claim');
  return passage.value;
}
