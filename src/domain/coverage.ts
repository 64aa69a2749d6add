import type { ArgumentMap } from './schema/map';
import { splitParagraphs, type Paragraph } from './text/paragraphs';
import { SourceText } from './text/sourceText';

export interface SourceCoverage {
  readonly source: string;
  readonly paragraphs: number;
  /** Paragraph numbers with at least one passage of the given maps in them. */
  readonly cited: readonly number[];
  /** cited / paragraphs, 0..1. */
  readonly share: number;
}

/** Which paragraphs of each source the maps' passages cite. */
export function sourceCoverage(
  maps: readonly ArgumentMap[],
  sourceId: string,
  text: string,
  paragraphs: readonly Paragraph[] = splitParagraphs(new SourceText(text)),
): SourceCoverage {
  const cited = new Set<number>();
  for (const map of maps) {
    for (const node of map.nodes) {
      if (node.kind !== 'passage' || node.source !== sourceId) continue;
      for (const p of paragraphs) if (p.start < node.end && node.start < p.end) cited.add(p.number);
    }
  }
  const list = [...cited].sort((a, b) => a - b);
  return { source: sourceId, paragraphs: paragraphs.length, cited: list, share: paragraphs.length ? list.length / paragraphs.length : 0 };
}
