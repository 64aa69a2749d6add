import { useMemo, useState } from 'react';
import { sideOf, type DiffPart } from '../../domain/reader/diff';
import { nudgeRange, reviewCase } from '../../domain/reader/review';
import { acceptReview, nodeById, selectReviewProblems, sourceParagraphs, useCounterpoint, useCounterpointStore } from '../../store';
import { Dialog } from '../../ui/Dialog';
import type { DialogRequest } from '../../commands/types';
import { ownValue } from '../../domain/ownKey';

/**
 * Sets a passage whose quote no longer stands verbatim in its source beside the closest
 * text the source now has, with the differences marked. Accepting re-anchors the passage
 * to the source's own words (one undo step); keeping it flagged changes nothing.
 */
/** Opened by a request `{ kind: 'review', passage: <passage id> }`. */
export function ReviewDialog({ request, onClose }: { request: DialogRequest; onClose: () => void }) {
  const passageId = String(request.passage);
  const store = useCounterpointStore();
  const passage = useCounterpoint((s) => nodeById(s.doc, passageId));
  const flagged = useCounterpoint((s) => selectReviewProblems(s).get(passageId));
  const anchor = useCounterpoint((s) => ownValue(s.anchors, passageId));
  const text = useCounterpoint((s) => (passage?.kind === 'passage' ? ownValue(s.sourceTexts, passage.source) : undefined));
  const sourceTitle = useCounterpoint((s) => s.doc.sources.find((x) => passage?.kind === 'passage' && x.id === passage.source)?.title);
  const [range, setRange] = useState(() => (anchor?.status === 'fuzzy' ? { start: anchor.start, end: anchor.end } : null));

  const review = useMemo(() => {
    if (passage?.kind !== 'passage' || text === undefined || anchor?.status !== 'fuzzy' || !range) return null;
    const { source, paragraphs } = sourceParagraphs(text);
    return { source, review: reviewCase(passage, source, paragraphs, { ...anchor, ...range }) };
  }, [passage, text, anchor, range]);

  if (!flagged || !review || passage?.kind !== 'passage') {
    return (
      <Dialog title="Review passage" onClose={onClose}>
        <p>This passage does not need review: its quote stands word for word in its source.</p>
      </Dialog>
    );
  }
  const r = review.review;
  const nudge = (end: 'start' | 'end', direction: -1 | 1) => setRange(nudgeRange(review.source, r, end, direction));
  const where = r.paragraphs.length > 1 ? `¶ ${r.paragraphs[0]}–${r.paragraphs.at(-1)}` : `¶ ${r.paragraphs[0]}`;
  const accept = () => {
    const result = acceptReview(store, passageId, r.start, r.end);
    if (!result.ok) return store.getState().notify({ tone: 'error', text: result.message });
    store.getState().notify({ tone: 'info', text: `Passage “${passageId}” now quotes the source’s text at ${where}. Undo puts the old quote back.` });
    onClose();
  };

  return (
    <Dialog
      title="Review passage"
      wide
      className="cp-review-dialog"
      onClose={onClose}
      footer={
        <>
          <p className="cp-muted cp-review-dialog__reject">
            <b>Keep flagged</b> changes nothing: the passage keeps its stored quote and place and stays marked as needing review (and <code>counterpoint validate</code> keeps warning) until it is accepted, edited or deleted.
          </p>
          <button type="button" className="cp-button" onClick={onClose}>
            Keep flagged
          </button>
          <button type="button" className="cp-button cp-button--primary" onClick={accept}>
            Accept the source’s text
          </button>
        </>
      }
    >
      <p>
        The quote of passage <code>{passageId}</code> is no longer word for word in “{sourceTitle ?? passage.source}”. The closest text there{' '}
        {r.typographyOnly ? 'differs only in quotation marks, dashes, spaces, ligatures (ﬁ for fi) or words hyphenated at a line end' : `is ${Math.round(r.similarity * 100)}% alike`}. Nothing has moved: accepting makes the passage quote the source’s own words below.
      </p>
      <div className="cp-review-compare">
        <figure>
          <figcaption>Stored in the map</figcaption>
          <blockquote aria-label="Stored quote">
            <DiffText parts={sideOf(r.diff, 'before')} />
          </blockquote>
        </figure>
        <figure>
          <figcaption>In the source now · {where}</figcaption>
          <blockquote aria-label="Best match in the source">
            <span className="cp-review-context">{r.before.length ? `…${r.before.slice(-90)}` : ''}</span>
            <span className="cp-review-match">
              <DiffText parts={sideOf(r.diff, 'after')} />
            </span>
            <span className="cp-review-context">{r.after.length ? `${r.after.slice(0, 90)}…` : ''}</span>
          </blockquote>
        </figure>
      </div>
      <div className="cp-review-adjust" role="group" aria-label="Adjust the match">
        <span>If the match starts or ends in the wrong place, move it:</span>
        {NUDGES.map((n) => (
          <button key={n.label} type="button" className="cp-button" onClick={() => nudge(n.end, n.direction)}>
            {n.label}
          </button>
        ))}
      </div>
      <p className="cp-review-legend cp-muted">
        <del>Struck through</del>: in the stored quote, not in the source. <ins>Underlined</ins>: in the source instead.
      </p>
    </Dialog>
  );
}

const NUDGES = [
  { end: 'start', direction: -1, label: '← Start a word earlier' },
  { end: 'start', direction: 1, label: 'Start a word later →' },
  { end: 'end', direction: -1, label: '← End a word earlier' },
  { end: 'end', direction: 1, label: 'End a word later →' },
] as const;

function DiffText({ parts }: { parts: readonly DiffPart[] }) {
  return (
    <>
      {parts.map((p, i) => (p.kind === 'same' ? <span key={i}>{p.text}</span> : p.kind === 'removed' ? <del key={i}>{p.text}</del> : <ins key={i}>{p.text}</ins>))}
    </>
  );
}
