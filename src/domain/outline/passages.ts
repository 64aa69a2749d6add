import type { ArgumentMap } from '../schema/map';
import type { Passage } from '../schema/passage';
import { pageOfRange } from '../text/pages';
import { paragraphAt, splitParagraphs, type Paragraph } from '../text/paragraphs';
import { SourceText } from '../text/sourceText';
import type { PassagePlace, ReferenceCite } from './types';
import { ownValue } from '../ownKey';

/**
 * Places passages in their sources: by page in a paged source (from the source's page
 * boundaries, else the page the passage recorded), and by paragraph number, which an
 * unpaged text is cited by. Each source is split once, on first use, since an outline
 * cites only a few of a long text's paragraphs.
 */
export function passagePlacer(
  map: ArgumentMap,
  sourceTexts: Readonly<Record<string, string>> = {},
  anchors: Readonly<Record<string, { readonly status: string }>> = {},
): (passage: Passage) => PassagePlace {
  const sources = new Map(map.sources.map((s) => [s.id, s]));
  const references = new Set(map.references.map((r) => r.id));
  const split = new Map<string, readonly Paragraph[]>();
  const paragraphsOf = (sourceId: string): readonly Paragraph[] => {
    let list = split.get(sourceId);
    if (!list) {
      const text = ownValue(sourceTexts, sourceId);
      list = text === undefined ? [] : splitParagraphs(new SourceText(text));
      split.set(sourceId, list);
    }
    return list;
  };
  return (passage) => {
    const source = sources.get(passage.source);
    const paragraph = paragraphAt(paragraphsOf(passage.source), passage.start)?.number;
    const page = source?.pages?.length ? (pageOfRange(source.pages, passage.start, passage.end) ?? passage.page) : undefined;
    const refId = source?.ref !== undefined && references.has(source.ref) ? source.ref : undefined;
    return {
      sourceId: passage.source,
      sourceTitle: source?.title ?? passage.source,
      ...(paragraph === undefined ? {} : { paragraph }),
      ...(page === undefined ? {} : { page }),
      ...(refId === undefined ? {} : { refId }),
      ...(ownValue(anchors, passage.id)?.status === 'fuzzy' ? { needsReview: true } : {}),
    };
  };
}

/**
 * How a passage is cited when its source is a work with a reference: by page when the
 * source is paged, else by paragraph ("para. 89"). Undefined when the source has no
 * reference: the essay then cites the paragraph alone, as before sources were works.
 */
export function passageCite(place: PassagePlace): ReferenceCite | undefined {
  if (place.refId === undefined) return undefined;
  if (place.page !== undefined) return { refId: place.refId, pages: place.page };
  if (place.paragraph !== undefined) return { refId: place.refId, pages: `para. ${place.paragraph}` };
  return { refId: place.refId };
}
