import { useCommandContext } from '../../commands/CommandsProvider';

/** The reader's ways in from a passage's details: open its review, or see it in the source. */
export function PassageReaderLinks({ passageId, needsReview }: { passageId: string; needsReview: boolean }) {
  const ctx = useCommandContext();
  return (
    <div className="cp-passage-links">
      {needsReview ? (
        <button type="button" className="cp-button cp-button--primary" onClick={() => ctx.ui.openDialog({ kind: 'review', passage: passageId })}>
          Review…
        </button>
      ) : null}
      <button type="button" className="cp-button" onClick={() => ctx.store.getState().setSidePanel({ tab: 'reader', open: true })}>
        Show in the reader
      </button>
    </div>
  );
}
