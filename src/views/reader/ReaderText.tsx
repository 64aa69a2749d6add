import { useEffect, useLayoutEffect, useMemo, useState, type RefObject } from 'react';
import { pagesByParagraph } from '../../domain/reader/pageMarks';
import { useCounterpointStore } from '../../store';
import { ParagraphView, type UnitPages } from './ParagraphView';
import { useReader } from './readerState';
import { bringIntoView } from './scrolling';
import type { ActiveSource } from './useActiveSource';
import type { PassageMarks } from './useParagraphMarks';
import type { SourceSearch } from './useSourceSearch';
import { useTextSelection } from './useTextSelection';

interface ReaderTextProps {
  readonly active: ActiveSource;
  readonly passages: PassageMarks;
  readonly search: SourceSearch;
  /** Paragraphs any map cites (index: paragraph number), for the gutter's tick. */
  readonly citedAnywhere: readonly boolean[];
  readonly container: RefObject<HTMLDivElement | null>;
  readonly children?: React.ReactNode;
}

/**
 * The source text, numbered by paragraph, with the map's passages and the search hits
 * marked. Clicking a passage selects it on the map; a passage selected anywhere scrolls
 * into view here.
 */
export function ReaderText({ active, passages, search, citedAnywhere, container, children }: ReaderTextProps) {
  const store = useCounterpointStore();
  const [tabbable, setTabbable] = useState(1);
  const jump = useReader((r) => r.jump);
  useTextSelection(container, active.source.id);

  // Selecting a passage (or a claim with passages) anywhere brings it into view.
  useLayoutEffect(() => {
    const root = container.current;
    if (!root || !passages.target) return;
    bringIntoView(root, root.querySelector(`[data-starts~="${CSS.escape(passages.target)}"]`));
  }, [passages.target, active.source.id, container]);

  useLayoutEffect(() => {
    const root = container.current;
    if (root && search.currentHit) bringIntoView(root, root.querySelector('.cp-hit--current'));
  }, [search.currentHit, container]);

  useEffect(() => {
    const root = container.current;
    if (root && jump) bringIntoView(root, root.querySelector(`.cp-para[data-n="${jump.paragraph}"]`), true);
  }, [jump, container]);

  const pages = useUnitPages(active);
  const text = active.text.text;
  const current = search.currentHit ? active.text.toUnit(search.currentHit.start) : -1;
  const currentParagraph = search.currentHit?.paragraph ?? 0;

  return (
    <div
      ref={container}
      id="cp-reader-text"
      className={`cp-reader__text${active.source.pages?.length ? ' cp-reader__text--paged' : ''}`}
      role="region"
      aria-label={`Text of ${active.source.title}`}
      tabIndex={0}
      data-own-keys=""
      onClick={(e) => {
        const target = e.target as HTMLElement;
        const mark = target.closest<HTMLElement>('[data-passages]');
        // A click that ends a drag selects text, not a passage.
        if (!mark || !document.getSelection()?.isCollapsed) return;
        const ids = mark.dataset.passages!.split(' ');
        const selected = store.getState().selection.nodes;
        // Overlapping passages: each click moves on to the next one under the pointer.
        const at = ids.findIndex((id) => selected.includes(id));
        store.getState().selectNode(ids[(at + 1) % ids.length]!, { reveal: true });
      }}
      onKeyDown={(e) => {
        const button = (e.target as HTMLElement).closest<HTMLElement>('.cp-para__num');
        if (!button || (e.key !== 'ArrowDown' && e.key !== 'ArrowUp')) return;
        e.preventDefault();
        const next = Number(button.dataset.n) + (e.key === 'ArrowDown' ? 1 : -1);
        const el = container.current?.querySelector<HTMLElement>(`.cp-para__num[data-n="${next}"]`);
        if (!el) return;
        setTabbable(next);
        el.focus();
      }}
      onFocus={(e) => {
        const n = (e.target as HTMLElement).closest<HTMLElement>('.cp-para__num')?.dataset.n;
        if (n) setTabbable(Number(n));
      }}
    >
      <div className="cp-reader__paragraphs">
        {active.paragraphs.map((p) => {
          const unitStart = active.text.toUnit(p.start);
          return (
            <ParagraphView
              key={p.number}
              number={p.number}
              unitStart={unitStart}
              text={text.slice(unitStart, active.text.toUnit(p.end))}
              marks={passages.marks[p.number]!}
              hits={search.byParagraph[p.number]!}
              currentHit={p.number === currentParagraph ? current : -1}
              tabbable={p.number === tabbable}
              cited={citedAnywhere[p.number] ?? false}
              pages={pages[p.number] ?? NO_PAGES}
            />
          );
        })}
      </div>
      {children}
    </div>
  );
}

const NO_PAGES: UnitPages = { before: null, inside: [] };

/** Each paragraph's page marks, in the reader's UTF-16 units; the same objects until the source or its pages change. */
function useUnitPages(active: ActiveSource): readonly UnitPages[] {
  const { source, text, paragraphs } = active;
  return useMemo(
    () =>
      pagesByParagraph(source.pages ?? [], paragraphs).map((p) =>
        p.before === null && p.inside.length === 0 ? NO_PAGES : { before: p.before?.label ?? null, inside: p.inside.map((m) => ({ unit: text.toUnit(m.start), label: m.label })) },
      ),
    [source.pages, text, paragraphs],
  );
}
