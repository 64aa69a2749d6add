import { memo, useEffect, useRef, useState, type RefObject } from 'react';
import type { Geometry } from './useParagraphGeometry';

interface CoverageBarProps {
  readonly container: RefObject<HTMLElement | null>;
  readonly geometry: Geometry;
  /** Per paragraph number: the colour this map marks it in, or null when this map does not cite it. */
  readonly thisMap: readonly (string | null)[];
  /** Per paragraph number: whether any map cites it (null while the other maps load). */
  readonly anyMap: readonly boolean[] | null;
  readonly hitParagraphs: readonly number[];
  readonly selectedParagraphs: readonly number[];
  readonly label: string;
}

/**
 * The overview beside the text, as an editor's overview ruler: one lane for this map's
 * passages, one for every map's, ticks for search hits and the selected passage, and the
 * part now in view. Clicking or dragging on it scrolls the text there.
 */
export function CoverageBar({ container, geometry, thisMap, anyMap, hitParagraphs, selectedParagraphs, label }: CoverageBarProps) {
  const bar = useRef<HTMLDivElement>(null);
  const dragging = useRef(false);
  const scrollTo = (clientY: number) => {
    const root = container.current;
    const box = bar.current?.getBoundingClientRect();
    if (!root || !box) return;
    const fraction = Math.max(0, Math.min(1, (clientY - box.top) / box.height));
    root.scrollTop = fraction * root.scrollHeight - root.clientHeight / 2;
  };
  return (
    <div
      ref={bar}
      className="cp-coverage-bar"
      role="scrollbar"
      aria-label={label}
      aria-controls="cp-reader-text"
      aria-orientation="vertical"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={useScrollPercent(container)}
      tabIndex={0}
      onPointerDown={(e) => {
        dragging.current = true;
        e.currentTarget.setPointerCapture(e.pointerId);
        scrollTo(e.clientY);
      }}
      onPointerMove={(e) => {
        if (dragging.current) scrollTo(e.clientY);
      }}
      onPointerUp={() => {
        dragging.current = false;
      }}
      onKeyDown={(e) => {
        const root = container.current;
        if (!root) return;
        const page = root.clientHeight * 0.9;
        const moves: Record<string, number> = { ArrowDown: 80, ArrowUp: -80, PageDown: page, PageUp: -page, Home: -root.scrollHeight, End: root.scrollHeight };
        if (!(e.key in moves)) return;
        e.preventDefault();
        root.scrollTop += moves[e.key]!;
      }}
    >
      <Lanes geometry={geometry} thisMap={thisMap} anyMap={anyMap} hitParagraphs={hitParagraphs} selectedParagraphs={selectedParagraphs} />
      <Thumb container={container} />
    </div>
  );
}

const Lanes = memo(function Lanes({ geometry, thisMap, anyMap, hitParagraphs, selectedParagraphs }: Omit<CoverageBarProps, 'container' | 'label'>) {
  const band = (n: number) => ({ top: `${(geometry.tops[n] ?? 0) * 100}%`, height: `max(2px, ${(geometry.heights[n] ?? 0) * 100}%)` });
  return (
    <>
      <div className="cp-coverage-bar__lane cp-coverage-bar__lane--map" aria-hidden="true">
        {thisMap.map((color, n) => (color ? <span key={n} style={{ ...band(n), background: color }} /> : null))}
      </div>
      <div className="cp-coverage-bar__lane cp-coverage-bar__lane--all" aria-hidden="true">
        {anyMap?.map((cited, n) => (cited ? <span key={n} style={band(n)} /> : null))}
      </div>
      {hitParagraphs.map((n) => (
        <span key={`hit-${n}`} className="cp-coverage-bar__hit" style={{ top: band(n).top }} aria-hidden="true" />
      ))}
      {selectedParagraphs.map((n) => (
        <span key={`sel-${n}`} className="cp-coverage-bar__selected" style={{ top: band(n).top }} aria-hidden="true" />
      ))}
    </>
  );
});

/** The part of the text in view; only it follows the scrolling. */
function Thumb({ container }: { container: RefObject<HTMLElement | null> }) {
  const [view, setView] = useState({ top: 0, height: 0 });
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    let frame = 0;
    const update = () => {
      frame = 0;
      const total = root.scrollHeight || 1;
      setView({ top: root.scrollTop / total, height: root.clientHeight / total });
    };
    const onScroll = () => {
      if (!frame) frame = requestAnimationFrame(update);
    };
    root.addEventListener('scroll', onScroll, { passive: true });
    const observer = new ResizeObserver(onScroll);
    observer.observe(root);
    update();
    return () => {
      root.removeEventListener('scroll', onScroll);
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [container]);
  return <span className="cp-coverage-bar__thumb" style={{ top: `${view.top * 100}%`, height: `${view.height * 100}%` }} aria-hidden="true" />;
}

function useScrollPercent(container: RefObject<HTMLElement | null>): number {
  const [percent, setPercent] = useState(0);
  useEffect(() => {
    // Heard at the document (scroll events do not bubble, but can be captured there), so the
    // text's scroller is found whenever it scrolls, even if it mounts after this bar.
    const onScroll = (e: Event) => {
      const root = container.current;
      if (!root || e.target !== root) return;
      const max = root.scrollHeight - root.clientHeight;
      const next = max > 0 ? Math.round((root.scrollTop / max) * 100) : 0;
      setPercent((p) => (p === next ? p : next));
    };
    document.addEventListener('scroll', onScroll, { capture: true, passive: true });
    return () => document.removeEventListener('scroll', onScroll, { capture: true });
  }, [container]);
  return percent;
}
