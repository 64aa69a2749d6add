import type { ArgumentMap } from '../schema/map';
import type { Passage } from '../schema/passage';
import { paragraphAt, splitParagraphs, type Paragraph } from '../text/paragraphs';
import { SourceText } from '../text/sourceText';
import type { PassagePlace } from './types';

/**
 * Places passages in their sources by paragraph number. Each source is split once, on
 * first use, since an outline cites only a few of a long text's paragraphs.
 */
export function passagePlacer(
  map: ArgumentMap,
  sourceTexts: Readonly<Record<string, string>> = {},
  anchors: Readonly<Record<string, { readonly status: string }>> = {},
): (passage: Passage) => PassagePlace {
  const titles = new Map(map.sources.map((s) => [s.id, s.title]));
  const split = new Map<string, readonly Paragraph[]>();
  const paragraphsOf = (sourceId: string): readonly Paragraph[] => {
    let list = split.get(sourceId);
    if (!list) {
      const text = sourceTexts[sourceId];
      list = text === undefined ? [] : splitParagraphs(new SourceText(text));
      split.set(sourceId, list);
    }
    return list;
  };
  return (passage) => {
    const paragraph = paragraphAt(paragraphsOf(passage.source), passage.start)?.number;
    return {
      sourceId: passage.source,
      sourceTitle: titles.get(passage.source) ?? passage.source,
      ...(paragraph === undefined ? {} : { paragraph }),
      ...(anchors[passage.id]?.status === 'fuzzy' ? { needsReview: true } : {}),
    };
  };
}
