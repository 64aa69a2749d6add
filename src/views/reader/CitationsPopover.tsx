import { useEffect, useRef, useState, type RefObject } from 'react';
import { KIND_LABELS, truncate } from '../../domain/labels';
import type { PassageHighlight } from '../../domain/reader/highlights';
import { nodeLabel } from '../../domain/schema/node';
import { useCounterpoint, useCounterpointStore } from '../../store';
import { useCommandContext } from '../../commands/CommandsProvider';

interface Open {
  readonly paragraph: number;
  readonly button: HTMLElement;
}

interface CitationsPopoverProps {
  readonly container: RefObject<HTMLElement | null>;
  readonly highlights: readonly PassageHighlight[];
  /** For each paragraph number, the keys of the maps citing it (this one included). */
  readonly citedBy: readonly (readonly string[])[];
}

/**
 * "Which claims cite this paragraph?": opened from a paragraph's number, it lists the
 * passages of this map in the paragraph with the claims they state or support, and the
 * other maps that quote it.
 */
export function CitationsPopover({ container, highlights, citedBy }: CitationsPopoverProps) {
  const [open, setOpen] = useState<Open | null>(null);
  const panel = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const root = container.current;
    if (!root) return;
    const onClick = (e: MouseEvent) => {
      const button = (e.target as HTMLElement).closest<HTMLElement>('.cp-para__num');
      if (!button) return;
      const paragraph = Number(button.dataset.n);
      setOpen((o) => (o?.paragraph === paragraph ? null : { paragraph, button }));
    };
    root.addEventListener('click', onClick);
    return () => root.removeEventListener('click', onClick);
  }, [container]);

  useEffect(() => {
    if (!open) return;
    open.button.setAttribute('aria-expanded', 'true');
    panel.current?.querySelector<HTMLElement>('button')?.focus({ preventScroll: true });
    const close = (e: Event) => {
      if (e instanceof KeyboardEvent && e.key !== 'Escape') return;
      if (e.type === 'pointerdown' && (panel.current?.contains(e.target as Node) || open.button.contains(e.target as Node))) return;
      if (e instanceof KeyboardEvent) open.button.focus();
      setOpen(null);
    };
    document.addEventListener('pointerdown', close, true);
    document.addEventListener('keydown', close, true);
    return () => {
      open.button.removeAttribute('aria-expanded');
      document.removeEventListener('pointerdown', close, true);
      document.removeEventListener('keydown', close, true);
    };
  }, [open]);

  const root = container.current;
  if (!open || !root) return null;
  // Inside the scrolled text, under the paragraph's number, so it stays with its paragraph.
  const box = root.getBoundingClientRect();
  const at = open.button.getBoundingClientRect();
  const here = highlights.filter((h) => h.paragraphs.includes(open.paragraph));
  return (
    <div
      ref={panel}
      className="cp-citations"
      role="dialog"
      aria-label={`What cites paragraph ${open.paragraph}`}
      style={{ top: at.bottom - box.top + root.scrollTop + 4, left: Math.max(4, at.left - box.left) }}
    >
      <h3>¶ {open.paragraph}</h3>
      {here.length === 0 ? <p className="cp-muted">No passage of this map quotes this paragraph. Select words in it to quote them.</p> : null}
      <ul className="cp-citations__list">
        {here.map((h) => (
          <CitationItem key={h.passage.id} highlight={h} onDone={() => setOpen(null)} />
        ))}
      </ul>
      <OtherMaps keys={citedBy[open.paragraph] ?? []} />
    </div>
  );
}

function CitationItem({ highlight, onDone }: { highlight: PassageHighlight; onDone: () => void }) {
  const store = useCounterpointStore();
  const select = (id: string) => {
    store.getState().selectNode(id, { reveal: true });
    onDone();
  };
  return (
    <li>
      <button type="button" className="cp-citations__quote" onClick={() => select(highlight.passage.id)}>
        “{truncate(highlight.passage.quote, 120)}”
      </button>
      {highlight.status === 'review' ? <span className="cp-badge cp-badge--review">⚠ Needs review</span> : null}
      <ul>
        {highlight.links.length === 0 ? <li className="cp-muted">Not linked to a claim.</li> : null}
        {highlight.links.map((l) => (
          <li key={`${l.relation}-${l.node.id}`}>
            <span className="cp-muted">{l.relation} </span>
            <button type="button" className="cp-link-button" onClick={() => select(l.node.id)} title={`Select this ${KIND_LABELS[l.node.kind].toLowerCase()} on the map`}>
              {truncate(nodeLabel(l.node), 90)}
            </button>
          </li>
        ))}
      </ul>
    </li>
  );
}

/** The other maps (bundled, edited or made here) that quote the paragraph, each one click away. */
function OtherMaps({ keys }: { keys: readonly string[] }) {
  const mapKey = useCounterpoint((s) => s.mapKey);
  const catalogue = useCounterpoint((s) => s.catalogue);
  const { session } = useCommandContext();
  const others = keys.filter((k) => k !== mapKey);
  if (others.length === 0) return null;
  return (
    <div className="cp-citations__others">
      <h4>Also quoted in</h4>
      <ul>
        {others.map((key) => (
          <li key={key}>
            <button type="button" className="cp-link-button" onClick={() => void session.open(key)}>
              {catalogue.find((c) => c.key === key)?.title ?? key}
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
