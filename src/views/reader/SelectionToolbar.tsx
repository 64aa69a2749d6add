import { useEffect, useState, type RefObject } from 'react';
import { truncate } from '../../domain/labels';
import { relationAllowed } from '../../domain/relations';
import { nodeLabel } from '../../domain/schema/node';
import { pageLabel } from '../../domain/reader/pageMarks';
import { pageOfRange } from '../../domain/text/pages';
import { selectPrimaryNodeId, sourceParagraphs, useCounterpoint } from '../../store';
import { useCommandContext } from '../../commands/CommandsProvider';
import { displayShortcut } from '../../commands/keys';
import { createPassageFromSelection, defaultLink, linkTarget, type PassageLink } from './createPassage';
import { useReader } from './readerState';
import { ownValue } from '../../domain/ownKey';

const SHORTCUT = 'Q';

/**
 * The actions beside a selection in the reader: quote it as a passage that states or
 * supports the claim selected on the map, or as the first passage of a new claim. Shown
 * once the drag ends, under the selection's last line.
 */
export function SelectionToolbar({ container }: { container: RefObject<HTMLElement | null> }) {
  const ctx = useCommandContext();
  const selection = useReader((r) => r.selection);
  // Re-render when the selected claim changes: the offers below name it.
  useCounterpoint(selectPrimaryNodeId);
  const dragging = usePointerDown(container);
  const page = useCounterpoint((s) => {
    const pages = selection ? s.doc.sources.find((x) => x.id === selection.sourceId)?.pages : undefined;
    const text = selection ? ownValue(s.sourceTexts, selection.sourceId) : undefined;
    if (!selection || !pages?.length || text === undefined) return undefined;
    const source = sourceParagraphs(text).source;
    return pageOfRange(pages, source.toCodePoint(selection.unitStart), source.toCodePoint(selection.unitEnd));
  });
  const [place, setPlace] = useState<{ top: number; left: number } | null>(null);

  useEffect(() => {
    const root = container.current;
    const range = document.getSelection()?.rangeCount ? document.getSelection()!.getRangeAt(0) : null;
    if (!root || !range || !selection) return setPlace(null);
    const rects = range.getClientRects();
    const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
    const box = root.getBoundingClientRect();
    setPlace({ top: last.bottom - box.top + root.scrollTop + 6, left: Math.max(8, Math.min(last.left - box.left, box.width - 300)) });
  }, [selection, container]);

  if (!selection || dragging || !place) return null;
  const target = linkTarget(ctx);
  const fallback = defaultLink(ctx);
  const make = (link: PassageLink) => () => void createPassageFromSelection(ctx, link);
  const isDefault = (link: PassageLink) => link.kind === fallback.kind && ('to' in link ? 'to' in fallback && link.to === fallback.to : true);
  const button = (link: PassageLink, label: string) => (
    <button type="button" className={`cp-button${isDefault(link) ? ' cp-button--primary' : ''}`} onMouseDown={(e) => e.preventDefault()} onClick={make(link)}>
      {label}
      {isDefault(link) ? <kbd>{displayShortcut(SHORTCUT)}</kbd> : null}
    </button>
  );

  return (
    <div className="cp-selection-bar" style={place} role="group" aria-label="Create a passage from the selection">
      <span className="cp-selection-bar__title">
        ❝ Quote as a passage{page ? <span className="cp-selection-bar__page"> · {pageLabel(page)}</span> : null}
      </span>
      {target ? (
        <div className="cp-selection-bar__row" role="group" aria-label={`Link to “${truncate(nodeLabel(target), 80)}”`}>
          <span className="cp-selection-bar__target" title={nodeLabel(target)}>
            of “{truncate(nodeLabel(target), 60)}”
          </span>
          {relationAllowed('states', 'passage', target.kind) ? button({ kind: 'states', to: target.id }, 'States it') : null}
          {button({ kind: 'supports', to: target.id }, 'Supports it')}
        </div>
      ) : null}
      <div className="cp-selection-bar__row">
        {button({ kind: 'new-claim' }, 'For a new claim')}
        {button({ kind: 'none' }, 'Unlinked')}
      </div>
    </div>
  );
}

/** True while a pointer is pressed in the text: the selection is still being dragged. */
function usePointerDown(container: RefObject<HTMLElement | null>): boolean {
  const [down, setDown] = useState(false);
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const press = (e: PointerEvent) => {
      if (!(e.target as HTMLElement).closest('.cp-selection-bar')) setDown(true);
    };
    const release = () => setDown(false);
    root.addEventListener('pointerdown', press);
    window.addEventListener('pointerup', release);
    return () => {
      root.removeEventListener('pointerdown', press);
      window.removeEventListener('pointerup', release);
    };
  }, [container]);
  return down;
}
