import { selectPrimaryNodeId, selectReviewProblems, nodeById } from '../../store';
import { createPassageFromSelection, defaultLink } from '../../views/reader/createPassage';
import { readerStore } from '../../views/reader/readerState';
import type { Command, CommandContext } from '../../commands/types';
import { ownValue } from '../../domain/ownKey';

const openReader = (ctx: CommandContext) => ctx.store.getState().setSidePanel({ tab: 'reader', open: true });

/** The passage a review would open: the selected one if it needs review, else the first that does. */
function passageToReview(ctx: CommandContext): string | undefined {
  const s = ctx.store.getState();
  const reviews = selectReviewProblems(s);
  const selected = selectPrimaryNodeId(s);
  return selected && reviews.has(selected) ? selected : reviews.keys().next().value;
}

export const READER_COMMANDS: readonly Command[] = [
  {
    id: 'reader.createPassage',
    label: 'Create passage from selection',
    group: 'create',
    shortcut: ['Q'],
    // Q quotes the words selected in the reader's text, which handles its own keys.
    keyScope: { inOwnKeys: true },
    keywords: 'quote highlight reader source text selected words',
    enabled: () => readerStore.getState().selection !== null,
    perform: (ctx) => void createPassageFromSelection(ctx, defaultLink(ctx)),
  },
  {
    id: 'reader.find',
    label: 'Find in source…',
    group: 'view',
    shortcut: ['Mod+Shift+F'],
    keyScope: { inOwnKeys: true },
    keywords: 'search reader text phrase words paragraph',
    perform(ctx) {
      openReader(ctx);
      const { selection } = readerStore.getState();
      const text = selection ? ownValue(ctx.store.getState().sourceTexts, selection.sourceId)?.slice(selection.unitStart, selection.unitEnd).trim() : undefined;
      // A short selection is what the user wants to find; a long one is not a query.
      readerStore.getState().focusSearch(text && text.length <= 80 && !text.includes('\n') ? `"${text}"` : undefined);
    },
  },
  {
    id: 'reader.show',
    label: 'Show the selected passage in the reader',
    group: 'view',
    keywords: 'source text context paragraph read',
    enabled: (ctx) => {
      const s = ctx.store.getState();
      const id = selectPrimaryNodeId(s);
      return !!id && nodeById(s.doc, id)?.kind === 'passage';
    },
    perform: openReader,
  },
  {
    id: 'reader.review',
    label: 'Review passage…',
    group: 'edit',
    keywords: 'needs review anchor quote source changed re-anchor accept',
    enabled: (ctx) => passageToReview(ctx) !== undefined,
    perform(ctx) {
      const passage = passageToReview(ctx);
      if (!passage) return;
      ctx.store.getState().selectNode(passage, { reveal: true });
      ctx.ui.openDialog({ kind: 'review', passage });
    },
  },
  {
    id: 'reader.addSource',
    label: 'Add a source text…',
    group: 'create',
    keywords: 'open paste text file pdf html web page markdown md txt import source reader book article',
    perform: (ctx) => ctx.ui.openDialog({ kind: 'source' }),
  },
];
