import { useEffect, useState, type RefObject } from 'react';
import { KIND_LABELS, truncate } from '../../domain/labels';
import { nodeLabel } from '../../domain/schema/node';
import type { PassageHighlight } from '../../domain/reader/highlights';
import { pageLabel } from '../../domain/reader/pageMarks';
import { useCounterpoint } from '../../store';

interface Hovered {
  readonly ids: readonly string[];
  readonly rect: DOMRect;
}

/**
 * The card that appears over a highlight: which claims the passage states or supports,
 * in their positions' colours, and whether it needs review. It listens to the text
 * itself, so hovering re-renders only the card.
 */
export function HighlightCard({ container, byId }: { container: RefObject<HTMLElement | null>; byId: ReadonlyMap<string, PassageHighlight> }) {
  const [hovered, setHovered] = useState<Hovered | null>(null);
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const over = (e: MouseEvent) => {
      const mark = (e.target as HTMLElement).closest<HTMLElement>('[data-passages]');
      if (!mark) return setHovered(null);
      const ids = mark.dataset.passages!.split(' ');
      setHovered((h) => (h && h.ids.join() === ids.join() ? h : { ids, rect: mark.getBoundingClientRect() }));
    };
    const leave = () => setHovered(null);
    root.addEventListener('mouseover', over);
    root.addEventListener('mouseleave', leave);
    root.addEventListener('scroll', leave, { passive: true });
    return () => {
      root.removeEventListener('mouseover', over);
      root.removeEventListener('mouseleave', leave);
      root.removeEventListener('scroll', leave);
    };
  }, [container]);

  const items = hovered?.ids.map((id) => byId.get(id)).filter((h): h is PassageHighlight => h !== undefined) ?? [];
  if (!hovered || items.length === 0) return null;
  const below = hovered.rect.top < 220;
  const style = {
    left: Math.max(8, Math.min(hovered.rect.left, window.innerWidth - 340)),
    ...(below ? { top: hovered.rect.bottom + 8 } : { bottom: window.innerHeight - hovered.rect.top + 8 }),
  };
  return (
    <div className="cp-hl-card" style={style} role="tooltip">
      {items.map((h) => (
        <HighlightSummary key={h.passage.id} highlight={h} />
      ))}
      <p className="cp-hl-card__hint">{items.length > 1 ? 'Click to select each passage in turn on the map' : 'Click to select the passage on the map'}</p>
    </div>
  );
}

function HighlightSummary({ highlight }: { highlight: PassageHighlight }) {
  const positionList = useCounterpoint((s) => s.doc.positions);
  const positions = new Map(positionList.map((p) => [p.id, p]));
  const paragraphs = highlight.paragraphs.length > 1 ? `¶ ${highlight.paragraphs[0]}–${highlight.paragraphs.at(-1)}` : `¶ ${highlight.paragraphs[0]}`;
  const where = highlight.passage.page ? `${pageLabel(highlight.passage.page)} · ${paragraphs}` : paragraphs;
  return (
    <section className="cp-hl-card__passage">
      <header>
        <span className="cp-hl-card__kind">Passage</span> <code>{highlight.passage.id}</code> <span className="cp-muted">{where}</span>
        {highlight.status === 'review' ? <span className="cp-badge cp-badge--review">⚠ Needs review</span> : null}
      </header>
      {highlight.links.length === 0 ? <p className="cp-muted">Not linked to any claim yet.</p> : null}
      <ul>
        {highlight.links.map((l) => {
          const position = 'position' in l.node && l.node.position ? positions.get(l.node.position) : undefined;
          return (
            <li key={`${l.relation}-${l.node.id}`}>
              <span className="cp-hl-card__swatch" style={{ background: position?.color ?? 'var(--cp-neutral)' }} aria-hidden="true" />
              <span className="cp-hl-card__verb">{l.relation}</span>{' '}
              <span>
                {truncate(nodeLabel(l.node), 110)}
                <span className="cp-muted">
                  {' '}
                  · {position?.label ?? KIND_LABELS[l.node.kind]}
                </span>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
