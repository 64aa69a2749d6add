import type { Outline, OutlineItem, OutlineSection } from '../../domain/outline/types';
import type { FormattedCitations } from '../citations/processor';

export const OUTLINE_JSON_FORMAT = 'counterpoint-outline';

type ItemJson = Omit<OutlineItem, 'children'> & { citation?: string; noteNumber?: number; children: ItemJson[] };

export interface OutlineJson {
  readonly format: typeof OUTLINE_JSON_FORMAT;
  readonly version: 1;
  readonly map: string;
  readonly depthLimit: number;
  readonly style?: string;
  readonly thesis: ItemJson;
  readonly sections: (Omit<OutlineSection, 'items'> & { items: ItemJson[] })[];
  readonly bibliography: readonly { readonly refId: string; readonly text: string }[];
}

/**
 * The outline as data for other tools: every item with its ids (to find the node on a
 * canvas), roles, excluded flags and user notes, and each citing item's formatted
 * citation, plus the bibliography. Nothing is dropped, excluded items included.
 */
export function renderOutlineJson(outline: Outline, citations?: FormattedCitations): OutlineJson {
  const item = (i: OutlineItem): ItemJson => {
    const citation = citations?.cites[i.id];
    const note = citations?.notes[i.id];
    return {
      ...i,
      ...(citation === undefined ? {} : { citation }),
      ...(note === undefined ? {} : { noteNumber: note }),
      children: i.children.map(item),
    };
  };
  return {
    format: OUTLINE_JSON_FORMAT,
    version: 1,
    map: outline.mapId,
    depthLimit: outline.depthLimit,
    ...(citations ? { style: citations.style.id } : {}),
    thesis: item(outline.thesis),
    sections: outline.sections.map((s) => ({ ...s, items: s.items.map(item) })),
    bibliography: citations?.bibliography ?? [],
  };
}
