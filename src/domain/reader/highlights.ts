import type { AnchorResolution } from '../anchoring/resolve';
import type { Edge } from '../schema/edge';
import type { ArgumentMap } from '../schema/map';
import type { MapNode, NodeOfKind } from '../schema/node';
import type { Paragraph } from '../text/paragraphs';
import type { SourceText } from '../text/sourceText';
import { paragraphsOf } from './citations';
import { ownValue } from '../ownKey';

/** How a passage stands in its source right now. */
export type HighlightStatus =
  /** The quote is verbatim at its stored place. */
  | 'verified'
  /** The quote only approximately matches the source: shown at the best match, flagged. */
  | 'review';

export interface HighlightLink {
  readonly relation: 'states' | 'supports';
  readonly node: MapNode;
}

export interface PassageHighlight {
  readonly passage: NodeOfKind<'passage'>;
  readonly status: HighlightStatus;
  /** Where the reader marks the passage, in code points (end exclusive). */
  readonly start: number;
  readonly end: number;
  /** The same range in UTF-16 units, as the DOM counts. */
  readonly unitStart: number;
  readonly unitEnd: number;
  readonly paragraphs: readonly number[];
  /** The claims and objections the passage states, then those it supports. */
  readonly links: readonly HighlightLink[];
  /** Colours of the positions holding those claims, distinct, in link order. */
  readonly colors: readonly string[];
}

/**
 * Every passage of a map quoting one source, placed where the reader should mark it. A
 * passage whose quote is verbatim at its stored place is marked there; one the loader could
 * only match approximately is marked at that match and flagged for review (it is never
 * moved in the map by this). A passage whose quote cannot be found is left out.
 */
export function passageHighlights(
  map: Pick<ArgumentMap, 'nodes' | 'edges' | 'positions'>,
  sourceId: string,
  source: SourceText,
  paragraphs: readonly Paragraph[],
  anchors: Readonly<Record<string, AnchorResolution>>,
): PassageHighlight[] {
  const nodes = new Map(map.nodes.map((n) => [n.id, n]));
  const positions = new Map(map.positions.map((p) => [p.id, p.color]));
  const outgoing = new Map<string, Edge[]>();
  for (const e of map.edges) (outgoing.get(e.from) ?? outgoing.set(e.from, []).get(e.from)!).push(e);
  const out: PassageHighlight[] = [];
  for (const passage of map.nodes) {
    if (passage.kind !== 'passage' || passage.source !== sourceId) continue;
    const place = placeOf(passage, source, ownValue(anchors, passage.id));
    if (!place) continue;
    const edges = outgoing.get(passage.id) ?? [];
    const links: HighlightLink[] = [];
    for (const relation of ['states', 'supports'] as const) {
      for (const e of edges) {
        const node = e.relation === relation ? nodes.get(e.to) : undefined;
        if (node) links.push({ relation, node });
      }
    }
    const colors = [
      ...new Set(
        links
          .map((l) => ('position' in l.node && l.node.position ? positions.get(l.node.position) : undefined))
          .filter((c): c is string => c !== undefined),
      ),
    ];
    out.push({
      passage,
      ...place,
      unitStart: source.toUnit(place.start),
      unitEnd: source.toUnit(place.end),
      paragraphs: paragraphsOf(paragraphs, place.start, place.end),
      links,
      colors,
    });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** True when a passage's quote stands verbatim at its stored place. */
export function isVerbatim(passage: Pick<NodeOfKind<'passage'>, 'quote' | 'start' | 'end'>, source: SourceText): boolean {
  return source.inRange(passage.start, passage.end) && source.slice(passage.start, passage.end) === passage.quote;
}

function placeOf(
  passage: NodeOfKind<'passage'>,
  source: SourceText,
  anchor: AnchorResolution | undefined,
): { status: HighlightStatus; start: number; end: number } | undefined {
  if (isVerbatim(passage, source)) return { status: 'verified', start: passage.start, end: passage.end };
  if (anchor?.status === 'fuzzy' && source.inRange(anchor.start, anchor.end)) return { status: 'review', start: anchor.start, end: anchor.end };
  return undefined;
}

/** The highlights that touch a paragraph, for each paragraph number (1-based index). */
export function highlightsByParagraph(highlights: readonly PassageHighlight[], paragraphCount: number): PassageHighlight[][] {
  const out: PassageHighlight[][] = Array.from({ length: paragraphCount + 1 }, () => []);
  for (const h of highlights) for (const n of h.paragraphs) out[n]?.push(h);
  return out;
}
