import { indexMap } from '../graph';
import type { ArgumentMap } from '../schema/map';
import type { MapNode, NodeOfKind } from '../schema/node';
import { splitParagraphs, type Paragraph } from '../text/paragraphs';
import { SourceText } from '../text/sourceText';

export interface PassageCitation {
  readonly passage: NodeOfKind<'passage'>;
  /** Paragraphs (1-based) the passage spans. */
  readonly paragraphs: readonly number[];
  /** Claims and objections the passage states or supports. */
  readonly claims: readonly MapNode[];
}

/** The paragraphs a code-point range touches. */
export function paragraphsOf(paragraphs: readonly Paragraph[], start: number, end: number): number[] {
  return paragraphs.filter((p) => p.start < end && start < p.end).map((p) => p.number);
}

/**
 * Every passage of a map that quotes one source, with the paragraphs it spans and the
 * claims it states or supports: the reader's highlights and "which claims cite this
 * paragraph?" both read this.
 */
export function passageCitations(map: ArgumentMap, sourceId: string, text: string, paragraphs = splitParagraphs(new SourceText(text))): PassageCitation[] {
  const index = indexMap(map);
  return map.nodes
    .filter((n): n is NodeOfKind<'passage'> => n.kind === 'passage' && n.source === sourceId)
    .sort((a, b) => a.start - b.start)
    .map((passage) => ({
      passage,
      paragraphs: paragraphsOf(paragraphs, passage.start, passage.end),
      claims: (index.outgoing.get(passage.id) ?? [])
        .filter((e) => e.relation === 'states' || e.relation === 'supports')
        .map((e) => index.nodes.get(e.to))
        .filter((n): n is MapNode => n !== undefined),
    }));
}

/** The citations that fall in one paragraph. */
export function citationsInParagraph(citations: readonly PassageCitation[], paragraph: number): PassageCitation[] {
  return citations.filter((c) => c.paragraphs.includes(paragraph));
}
