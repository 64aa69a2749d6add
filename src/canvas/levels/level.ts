/**
 * Levels of detail by zoom, chosen from the size text would have on screen: the cards while
 * their text reads (13 px card text at >= 10 px), compact cards while their large title reads
 * (24 px at >= 10 px), else blocks with screen-sized titles. Pure: no React, no React Flow.
 */
export type DetailLevel = 'close' | 'middle' | 'far';

/** Card text is set at 13 px (canvas.css); compact titles at the middle level at 24 px. */
export const CARD_TEXT_PX = 13;
export const COMPACT_TITLE_PX = 24;
/** The smallest size text reads at on screen; far-level titles are drawn at this size or more. */
export const MIN_SCREEN_TEXT_PX = 10;
export const FAR_TITLE_PX = 11;
/** The positions' names over their areas at the far level. */
export const FAR_GROUP_PX = 14;

export const CLOSE_ZOOM = MIN_SCREEN_TEXT_PX / CARD_TEXT_PX;
export const MIDDLE_ZOOM = MIN_SCREEN_TEXT_PX / COMPACT_TITLE_PX;
/**
 * A level is left as soon as its text would fall under 10 px, but entered again only 4% above
 * that, so a zoom that hovers on a threshold does not flicker between levels and text shown
 * is never under 10 px.
 */
export const HYSTERESIS = 0.04;

const RANK: Record<DetailLevel, number> = { far: 0, middle: 1, close: 2 };

export function levelFor(zoom: number, previous?: DetailLevel): DetailLevel {
  const plain: DetailLevel = zoom >= CLOSE_ZOOM - 1e-6 ? 'close' : zoom >= MIDDLE_ZOOM - 1e-6 ? 'middle' : 'far';
  if (!previous || RANK[plain] <= RANK[previous]) return plain;
  // Going up a level: only once clearly past its threshold.
  // (Less a hair: React Flow's zoom can come back a rounding error under the zoom it was set to.)
  const entry = (level: DetailLevel) => (level === 'close' ? CLOSE_ZOOM : MIDDLE_ZOOM) * (1 + HYSTERESIS) - 1e-6;
  if (plain === 'close' && zoom >= entry('close')) return 'close';
  if (RANK[previous] < RANK.middle && zoom >= entry('middle')) return 'middle';
  return RANK[previous] >= RANK.middle ? 'middle' : previous;
}

/** What the flow shows at a level: at middle, evidence folds into its claim; at far, the canvas layer draws. */
export function flowHides(level: DetailLevel, kind: string): boolean {
  if (level === 'far') return true;
  if (level === 'middle') return kind === 'passage' || kind === 'work' || kind === 'note';
  return false;
}

/** A short title for a far block: the claim's title, else the start of its text, cut at a word. */
export function shortTitle(text: string, max = 48): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, '')}…`;
}
