import type { Stance } from '../schema/edge';

/**
 * What an item does in the essay. The role decides how it is rendered: a reason argues
 * for the item above it, an objection against it, a reply answers an objection, an
 * undercut denies that a link holds, a rival is a competing answer to the same question.
 */
export type OutlineRole =
  | 'thesis'
  | 'evidence'
  | 'reason'
  | 'objection'
  | 'reply'
  | 'undercut'
  | 'rival'
  | 'stance'
  | 'work'
  | 'prompt';

/** Which side of the thesis an item argues. */
export type Side = 'for' | 'against';

export const SECTION_IDS = ['section:arguments', 'section:counter-arguments', 'section:historiography', 'section:conclusion'] as const;
export type OutlineSectionId = (typeof SECTION_IDS)[number];

/** Where a quoted passage sits in its source, for "(Trotsky 1906, 41)" or "(para. N)". */
export interface PassagePlace {
  readonly sourceId: string;
  readonly sourceTitle: string;
  /** 1-based paragraph number; absent when the source text was not available. */
  readonly paragraph?: number;
  /** In a paged source, the page or page range ("41", "41-42") the passage stands on. */
  readonly page?: string;
  /** The reference the source is a copy of, when the source names one the map holds. */
  readonly refId?: string;
  /** The quote only matches its source approximately: it is shown, flagged, until a person reviews it. */
  readonly needsReview?: boolean;
}

/** A reference cited by an item, with the pages it cites (the locator: "41", "pp. 12-14", "para. 89", "chap. 3"). */
export interface ReferenceCite {
  readonly refId: string;
  readonly pages?: string;
}

export interface OutlineItem {
  /** Stable across rebuilds: `node:<id>` for the thesis, `link:<edge id>` for what an edge brings in. */
  readonly id: string;
  readonly role: OutlineRole;
  readonly side?: Side;
  /** The map node the item shows, so a view can select it on the canvas. */
  readonly nodeId?: string;
  /** The edge that brought the item in. */
  readonly edgeId?: string;
  /** The proposition, the verbatim quote (evidence) or the prompt. */
  readonly text: string;
  readonly title?: string;
  readonly position?: { readonly id: string; readonly label: string };
  readonly passage?: PassagePlace;
  readonly cite?: ReferenceCite;
  /** Historiography: the work's stance on the thesis (or the group's). */
  readonly stance?: Stance;
  /** Historiography: the map's note on the work's reading. */
  readonly note?: string;
  /** Historiography: family names of the work's authors (editors when it has none), and its year. */
  readonly authors?: readonly string[];
  readonly year?: number;
  /** An undercut: the link it denies, by the labels of its two ends. */
  readonly denies?: { readonly from: string; readonly to: string };
  /** The node was already shown (a cycle or a shared reason): the id of its first item. */
  readonly repeatOf?: string;
  /** Links not followed below this item because the depth limit was reached. */
  readonly cut?: number;
  readonly children: readonly OutlineItem[];
  /** Set from a saved outline: left out of the rendered essay, still shown in the editor. */
  readonly excluded?: boolean;
  /** Set from a saved outline: the user's own note. */
  readonly userNote?: string;
}

export interface OutlineSection {
  readonly id: OutlineSectionId;
  readonly heading: string;
  readonly items: readonly OutlineItem[];
  readonly excluded?: boolean;
  readonly userNote?: string;
}

export interface Outline {
  readonly mapId: string;
  readonly thesis: OutlineItem;
  readonly sections: readonly OutlineSection[];
  /** Levels of reasons and objections followed below the thesis. */
  readonly depthLimit: number;
}

export interface BuildOptions {
  /** Source texts by source id, as the loader returns them; needed for paragraph numbers. */
  readonly sourceTexts?: Readonly<Record<string, string>>;
  /** Levels to follow below the thesis (default 4). */
  readonly depth?: number;
  /** How each passage was anchored, as the loader returns it; flags quotes that need review. */
  readonly anchors?: Readonly<Record<string, { readonly status: string }>>;
}

export const DEFAULT_DEPTH = 4;
