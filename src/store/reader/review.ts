import { acceptAnchor } from '../../domain/reader/review';
import type { EditResult } from '../document/editError';
import { nodeById, sourceParagraphs } from '../selectors';
import type { CounterpointStore } from '../types';
import { ownValue } from '../../domain/ownKey';

/**
 * Accepts a reviewer's choice for a passage whose quote only approximately matched its
 * source: the passage now quotes the source's own text at `start`-`end` (code points), with
 * fresh context, as one undo step. Undo puts the old quote back, flagged again.
 */
export function acceptReview(store: CounterpointStore, passageId: string, start: number, end: number): EditResult {
  const state = store.getState();
  const passage = nodeById(state.doc, passageId);
  if (passage?.kind !== 'passage') return { ok: false, message: `There is no passage "${passageId}".` };
  const text = ownValue(state.sourceTexts, passage.source);
  if (text === undefined) return { ok: false, message: `The text of source "${passage.source}" is not available.` };
  const { source } = sourceParagraphs(text);
  if (!source.inRange(start, end)) return { ok: false, message: 'That range is not inside the source.' };
  const accepted = nodeById(acceptAnchor(state.doc, passageId, source, start, end), passageId);
  if (accepted?.kind !== 'passage') return { ok: false, message: `There is no passage "${passageId}".` };
  const { quote, prefix, suffix, page } = accepted;
  return state.updateNode(passageId, { quote, prefix, suffix, start: accepted.start, end: accepted.end, page });
}
