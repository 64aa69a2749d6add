import { useLayoutEffect, useState, type RefObject } from 'react';

export interface Geometry {
  /** Top and height of each paragraph (index: number), as fractions of the text's full height. */
  readonly tops: readonly number[];
  readonly heights: readonly number[];
}

const EMPTY: Geometry = { tops: [], heights: [] };

/**
 * Where each paragraph sits in the scrolled text, measured from the page (not estimated
 * from character counts), and measured again whenever the text reflows.
 */
export function useParagraphGeometry(container: RefObject<HTMLElement | null>, sourceKey: unknown): Geometry {
  const [geometry, setGeometry] = useState<Geometry>(EMPTY);
  useLayoutEffect(() => {
    const root = container.current;
    const content = root?.querySelector('.cp-reader__paragraphs');
    if (!root || !content) return;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const total = root.scrollHeight || 1;
      const tops: number[] = [0];
      const heights: number[] = [0];
      for (const el of root.querySelectorAll<HTMLElement>('.cp-para')) {
        tops.push(el.offsetTop / total);
        heights.push(el.offsetHeight / total);
      }
      setGeometry({ tops, heights });
    };
    const observer = new ResizeObserver(() => {
      if (!frame) frame = requestAnimationFrame(measure);
    });
    observer.observe(content);
    measure();
    return () => {
      observer.disconnect();
      cancelAnimationFrame(frame);
    };
  }, [container, sourceKey]);
  return geometry;
}
