import { memo, type CSSProperties, type ReactNode } from 'react';
import { segmentText } from '../../domain/reader/segments';
import type { ParagraphMark } from './useParagraphMarks';
import type { UnitHit } from './useSourceSearch';
import { useRenderProbe } from '../../ui/renderProbe';

interface ParagraphProps {
  readonly number: number;
  /** UTF-16 offset of the paragraph's first character in the source. */
  readonly unitStart: number;
  readonly text: string;
  readonly marks: readonly ParagraphMark[];
  readonly hits: readonly UnitHit[];
  /** Start of the current search hit if it is in this paragraph, else -1. */
  readonly currentHit: number;
  /** Whether this paragraph's number is the one Tab reaches (the others are reached with the arrow keys). */
  readonly tabbable: boolean;
  readonly cited: boolean;
  /** The page that begins with this paragraph, and those that begin inside it (UTF-16 offsets). */
  readonly pages: UnitPages;
}

/** A paragraph's page marks in the reader's units. */
export interface UnitPages {
  readonly before: string | null;
  readonly inside: readonly { readonly unit: number; readonly label: string }[];
}

type Key = { readonly mark: ParagraphMark } | { readonly hit: UnitHit } | { readonly page: string };
const NEUTRAL = '#9a8147';

/**
 * One numbered paragraph of the source. Every run of text carries its offset in the source
 * (`data-u`), so a selection maps back to the source exactly. Memoised: a paragraph
 * re-renders only when its own marks, hits or numbering change.
 */
export const ParagraphView = memo(function ParagraphView({ number, unitStart, text, marks, hits, currentHit, tabbable, cited, pages }: ParagraphProps) {
  useRenderProbe(String(number), '__cpReaderRenders');
  const keys: { start: number; end: number; key: Key }[] = [
    ...marks.map((mark) => ({ start: mark.unitStart, end: mark.unitEnd, key: { mark } })),
    ...hits.map((hit) => ({ start: hit.unitStart, end: hit.unitEnd, key: { hit } })),
    // Empty ranges: they only cut the text where a page begins.
    ...pages.inside.map((p) => ({ start: p.unit, end: p.unit, key: { page: p.label } })),
  ];
  const segments = segmentText(unitStart, unitStart + text.length, keys);
  const children: ReactNode[] = [];
  for (const seg of segments) {
    for (const p of pages.inside) if (p.unit === seg.start) children.push(<PageMark key={`page-${p.unit}`} label={p.label} inline />);
    const content = text.slice(seg.start - unitStart, seg.end - unitStart);
    const onPassages = seg.keys.flatMap((k) => ('mark' in k ? [k.mark] : []));
    const hit = seg.keys.find((k): k is { hit: UnitHit } => 'hit' in k)?.hit;
    const startsHere = onPassages.filter((m) => m.starts && m.unitStart === seg.start);
    for (const m of startsHere.filter((x) => x.review)) {
      children.push(
        <span key={`flag-${m.id}`} className="cp-hl-flag" role="img" aria-label="needs review" title="This passage needs review: its quote only approximately matches the text">
          ⚠
        </span>,
      );
    }
    const hitClass = hit ? (hit.unitStart === currentHit ? ' cp-hit cp-hit--current' : ' cp-hit') : '';
    if (onPassages.length === 0) {
      children.push(hit ? <mark key={seg.start} className={hitClass.trim()} data-u={seg.start}>{content}</mark> : <span key={seg.start} data-u={seg.start}>{content}</span>);
      continue;
    }
    const emphasis = onPassages.some((m) => m.emphasis === 'selected') ? ' cp-hl--selected' : onPassages.some((m) => m.emphasis === 'related') ? ' cp-hl--related' : '';
    const review = onPassages.some((m) => m.review) ? ' cp-hl--review' : '';
    children.push(
      <mark
        key={seg.start}
        className={`cp-hl${emphasis}${review}${hitClass}`}
        style={highlightStyle(onPassages)}
        data-u={seg.start}
        data-passages={onPassages.map((m) => m.id).join(' ')}
        data-starts={startsHere.length ? startsHere.map((m) => m.id).join(' ') : undefined}
      >
        {content}
      </mark>,
    );
  }
  return (
    <div className={`cp-para${cited ? ' cp-para--cited' : ''}${pages.before !== null ? ' cp-para--page' : ''}`} data-n={number}>
      {pages.before !== null ? <PageMark label={pages.before} /> : null}
      <button type="button" className="cp-para__num" data-n={number} tabIndex={tabbable ? 0 : -1} aria-label={`Paragraph ${number}: what cites it`} aria-haspopup="dialog">
        {number}
      </button>
      <p className="cp-para__text">{children}</p>
    </div>
  );
});

/**
 * Where a page of the edition begins: a thin rule with the page in the margin, announced as
 * a page break. The label is drawn by CSS from an attribute, so it is never part of the
 * text a selection copies or quotes.
 */
function PageMark({ label, inline }: { label: string; inline?: boolean }) {
  return <span className={inline ? 'cp-page cp-page--inline' : 'cp-page'} role="separator" aria-label={`Page ${label}`} data-page={label} />;
}

/** A passage's colour (its claim's position), or stripes of each colour when its claims belong to several. */
function highlightStyle(marks: readonly ParagraphMark[]): CSSProperties {
  const colors = [...new Set(marks.flatMap((m) => m.colors))];
  if (colors.length <= 1) return { '--hl': colors[0] ?? NEUTRAL } as CSSProperties;
  const stripes = colors.map((_, i) => `var(--hl-tint-${i}) ${i * 7}px ${(i + 1) * 7}px`).join(', ');
  const vars = Object.fromEntries(colors.map((c, i) => [`--hl-tint-${i}`, `color-mix(in srgb, ${c} var(--hl-strength), white)`]));
  return { '--hl': colors[0], ...vars, backgroundImage: `repeating-linear-gradient(135deg, ${stripes})` } as CSSProperties;
}
