import { useMemo, useRef } from 'react';
import { highlightsByParagraph, passageHighlights, type PassageHighlight } from '../../domain/reader/highlights';
import { useCounterpoint, useCounterpointShallow } from '../../store';
import type { ActiveSource } from './useActiveSource';

/** A passage as one paragraph draws it. */
export interface ParagraphMark {
  readonly id: string;
  readonly unitStart: number;
  readonly unitEnd: number;
  readonly colors: readonly string[];
  readonly review: boolean;
  /** Selected itself, or a passage of the selected claim. */
  readonly emphasis: 'none' | 'selected' | 'related';
  /** Whether the passage starts in this paragraph (where its flag and scroll anchor go). */
  readonly starts: boolean;
}

const NO_MARKS: readonly ParagraphMark[] = [];

export interface PassageMarks {
  readonly highlights: readonly PassageHighlight[];
  readonly byId: ReadonlyMap<string, PassageHighlight>;
  /** Marks per paragraph number; an unchanged paragraph keeps the same array, so it does not re-render. */
  readonly marks: readonly (readonly ParagraphMark[])[];
  /** The passage the reader should scroll to for the current selection, if any is in this source. */
  readonly target: string | null;
}

/** The highlights of the open map in the active source, and how each paragraph marks them. */
export function useParagraphMarks(active: ActiveSource | null): PassageMarks {
  // Only what highlights depend on: moving a node (layout) must not recompute the reader.
  const [nodes, edges, positions] = useCounterpointShallow((s) => [s.doc.nodes, s.doc.edges, s.doc.positions] as const);
  const anchors = useCounterpoint((s) => s.anchors);
  const selected = useCounterpoint((s) => s.selection.nodes);

  const highlights = useMemo(() => {
    if (!active) return [];
    return passageHighlights({ nodes, edges, positions }, active.source.id, active.text, active.paragraphs, anchors);
  }, [active?.source.id, active?.text, nodes, edges, positions, anchors]);

  const byId = useMemo(() => new Map(highlights.map((h) => [h.passage.id, h])), [highlights]);

  const { emphasis, target } = useMemo(() => {
    const out = new Map<string, ParagraphMark['emphasis']>();
    let first: string | null = null;
    for (const id of selected) {
      if (byId.has(id)) {
        out.set(id, 'selected');
        first ??= id;
      }
    }
    // A selected claim lights up the passages that state or support it.
    for (const h of highlights) {
      if (out.has(h.passage.id) || !h.links.some((l) => selected.includes(l.node.id))) continue;
      out.set(h.passage.id, 'related');
      first ??= h.passage.id;
    }
    return { emphasis: out, target: first };
  }, [selected, highlights, byId]);

  const cache = useRef(new Map<number, { key: string; marks: readonly ParagraphMark[] }>());
  const marks = useMemo(() => {
    const count = active?.paragraphs.length ?? 0;
    const grouped = highlightsByParagraph(highlights, count);
    const out: (readonly ParagraphMark[])[] = [];
    for (let n = 0; n <= count; n++) {
      const list = grouped[n] ?? [];
      if (list.length === 0) {
        out.push(NO_MARKS);
        continue;
      }
      const fresh = list.map(
        (h): ParagraphMark => ({
          id: h.passage.id,
          unitStart: h.unitStart,
          unitEnd: h.unitEnd,
          colors: h.colors,
          review: h.status === 'review',
          emphasis: emphasis.get(h.passage.id) ?? 'none',
          starts: h.paragraphs[0] === n,
        }),
      );
      const key = fresh.map((m) => `${m.id}:${m.unitStart}:${m.unitEnd}:${m.colors.join()}:${m.review}:${m.emphasis}:${m.starts}`).join('|');
      const previous = cache.current.get(n);
      if (previous?.key === key) out.push(previous.marks);
      else {
        cache.current.set(n, { key, marks: fresh });
        out.push(fresh);
      }
    }
    return out;
  }, [highlights, emphasis, active?.paragraphs]);

  return { highlights, byId, marks, target };
}
