import type { Passage } from '../../domain/schema/passage';
import { paragraphAt, splitParagraphs, type Paragraph } from '../../domain/text/paragraphs';
import { SourceText } from '../../domain/text/sourceText';
import { ownValue } from '../../domain/ownKey';

/**
 * The paragraph number of each passage in its source (the number the reader shows and
 * outlines cite), for exports that name where a quote stands; sources split once each.
 */
export function paragraphFinder(sourceTexts: Readonly<Record<string, string>>): (passage: Passage) => number | undefined {
  const split = new Map<string, Paragraph[]>();
  return (passage) => {
    if (!Object.hasOwn(sourceTexts, passage.source)) return undefined;
    let paragraphs = split.get(passage.source);
    if (!paragraphs) {
      paragraphs = splitParagraphs(new SourceText(ownValue(sourceTexts, passage.source)!));
      split.set(passage.source, paragraphs);
    }
    return paragraphAt(paragraphs, passage.start)?.number;
  };
}
