import type { NodeOfKind } from '../../domain/schema/node';
import { paragraphsOf } from '../../domain/reader/citations';
import { pageLabel } from '../../domain/reader/pageMarks';
import { selectReviewProblems, sourceParagraphs, useCounterpoint } from '../../store';
import { PassageReaderLinks } from '../../views/reader/PassageReaderLinks';
import { ownValue } from '../../domain/ownKey';

/**
 * A passage in its place: the paragraph(s) around the quote, the quote marked, with the
 * source's title and paragraph number. Text is rendered as text, never as markup.
 */
export function PassageContext({ passage }: { passage: NodeOfKind<'passage'> }) {
  const text = useCounterpoint((s) => ownValue(s.sourceTexts, passage.source));
  const source = useCounterpoint((s) => s.doc.sources.find((src) => src.id === passage.source));
  const review = useCounterpoint((s) => selectReviewProblems(s).get(passage.id));
  const anchor = useCounterpoint((s) => ownValue(s.anchors, passage.id));
  if (text === undefined) return <p className="cp-muted">The text of source “{passage.source}” is not available.</p>;
  const { source: sourceText, paragraphs } = sourceParagraphs(text);
  // Under review, the stored place no longer holds the quote: show the closest match instead.
  const { start, end } = review && anchor?.status === 'fuzzy' ? anchor : passage;
  const numbers = paragraphsOf(paragraphs, start, end);
  const first = paragraphs[(numbers[0] ?? 1) - 1];
  const last = paragraphs[(numbers.at(-1) ?? 1) - 1];
  const from = first?.start ?? start;
  const to = last?.end ?? end;
  const paragraph = numbers.length > 1 ? `¶ ${numbers[0]}–${numbers.at(-1)}` : numbers.length === 1 ? `¶ ${numbers[0]}` : '';
  const where = [passage.page ? pageLabel(passage.page) : '', paragraph].filter(Boolean).join(' · ');
  return (
    <figure className="cp-passage-context">
      <figcaption>
        <cite>{source?.title ?? passage.source}</cite>
        {source?.author ? `, ${source.author}` : ''}
        {where ? <span className="cp-muted"> · {where}</span> : null}
      </figcaption>
      {review ? (
        <p className="cp-review" role="note">
          <b>Needs review.</b> {review.message}
        </p>
      ) : null}
      <blockquote>
        {sourceText.slice(from, start)}
        <mark>{sourceText.slice(start, end)}</mark>
        {sourceText.slice(end, to)}
      </blockquote>
      <PassageReaderLinks passageId={passage.id} needsReview={!!review} />
    </figure>
  );
}
