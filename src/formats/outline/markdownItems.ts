import type { Outline, OutlineItem, PassagePlace } from '../../domain/outline/types';
import type { FormattedCitations } from '../citations/processor';
import { blockQuote, escapeBlock, escapeInline } from './markdownText';
import { ROLE_LABELS } from './labels';
import { authorPhrase } from './names';


/** What the item renderers need to know about the whole outline. */
export interface RenderContext {
  readonly outline: Outline;
  readonly citations: FormattedCitations | undefined;
  /** Whether passages name their source: only when the outline quotes more than one. */
  readonly nameSources: boolean;
}

/** The citation for an item: parenthetical text, a footnote mark, or a plain fallback before citations are formatted. */
export function citeFor(ctx: RenderContext, item: OutlineItem): string {
  if (!item.cite) return '';
  const formatted = ctx.citations?.cites[item.id];
  if (formatted !== undefined) {
    const note = ctx.citations!.notes[item.id];
    return note !== undefined ? `[^${note}]` : formatted;
  }
  return `(${escapeInline(item.cite.refId)}${item.cite.pages ? `, ${escapeInline(item.cite.pages)}` : ''})`;
}

/** A citation placed after text: footnote marks attach to the text, parenthetical citations follow a space. */
export function attachCite(cite: string): string {
  if (!cite) return '';
  return cite.startsWith('[^') ? cite : ` ${cite}`;
}

export function paragraphCite(ctx: RenderContext, place: PassagePlace | undefined): string {
  if (!place) return '';
  const source = ctx.nameSources ? `*${escapeInline(place.sourceTitle)}*, ` : '';
  return place.paragraph === undefined ? (source ? `(${source.slice(0, -2)})` : '') : `(${source}para. ${place.paragraph})`;
}

/**
 * A verbatim passage as a block quote ending with its citation: the source's reference
 * with the page (or paragraph) when the source is a work, else the paragraph number.
 */
export function quoteLines(ctx: RenderContext, item: OutlineItem, pad: string): string[] {
  const place = item.passage;
  const cite = item.cite ? attachCite(citeFor(ctx, item)) : withSpace(paragraphCite(ctx, place));
  const review = place?.needsReview ? ' _(this quote needs review: it matches the source only approximately)_' : '';
  return [`${blockQuote(escapeBlock(item.text), pad)}${cite}${review}`];
}

const withSpace = (cite: string) => (cite ? ` ${cite}` : '');

/** Continuation lines of a multi-line text, indented to stay inside their list item. */
const within = (text: string, pad: string) => text.split('\n').join(`\n${pad}  `);

/** One argument item (reason, objection, reply, undercut, rival) and its subtree, as nested list lines. */
export function itemLines(ctx: RenderContext, item: OutlineItem, level: number): string[] {
  if (item.excluded) return [];
  const pad = '  '.repeat(level);
  const title = item.title ? `: ${escapeInline(item.title)}` : '';
  const head = `**${ROLE_LABELS[item.role]}${title}**${item.position ? ` (${escapeInline(item.position.label)})` : ''}`;
  if (item.repeatOf !== undefined) {
    const where = item.repeatOf === ctx.outline.thesis.id ? 'this leads back to the thesis itself: the reasoning is circular here' : 'set out above';
    return [`${pad}- ${head}: ${where}.`];
  }
  const lines: string[] = [];
  if (item.passage) {
    lines.push(`${pad}- ${head}, in the source's words:`, '', ...quoteLines(ctx, item, `${pad}  `), '');
  } else {
    const denies = item.denies ? ` denies that “${escapeInline(item.denies.from)}” bears on “${escapeInline(item.denies.to)}”:` : '';
    const cite = citeFor(ctx, item);
    lines.push(`${pad}- ${head} —${denies} ${within(escapeInline(item.text), pad)}${attachCite(cite)}`);
  }
  lines.push(...childLines(ctx, item, level + 1));
  return lines;
}

export const levels = (n: number) => `${n} ${n === 1 ? 'level' : 'levels'}`;

/** Evidence, sub-points, the depth-limit marker and the user's note under an item. */
export function childLines(ctx: RenderContext, item: OutlineItem, level: number): string[] {
  const pad = '  '.repeat(level);
  const lines: string[] = [];
  for (const child of item.children) {
    if (child.excluded) continue;
    if (child.role === 'evidence') lines.push('', ...quoteLines(ctx, child, pad), '');
    else lines.push(...itemLines(ctx, child, level));
    if (child.role === 'evidence' && child.userNote) lines.push(`${pad}- _Your note:_ ${within(escapeInline(child.userNote), pad)}`);
  }
  if (item.cut) {
    const points = item.cut === 1 ? '1 further point is' : `${item.cut} further points are`;
    lines.push(`${pad}- _Depth limit reached (${levels(ctx.outline.depthLimit)}): ${points} not shown._`);
  }
  if (item.userNote && item.role !== 'evidence') lines.push(`${pad}- _Your note:_ ${within(escapeInline(item.userNote), pad)}`);
  return lines;
}

/** A work in the historiography: its authors named, a narrative citation, the map's note on its reading. */
export function workLine(ctx: RenderContext, item: OutlineItem): string[] {
  if (item.excluded) return [];
  const cite = citeFor(ctx, item);
  const mark = attachCite(cite);
  const about = item.note ? `: ${within(escapeInline(item.note), '')}` : `, ${escapeInline(item.text)}`;
  const lines = [`- **${escapeInline(authorPhrase(item.authors ?? []))}**${mark}${about}`];
  if (item.userNote) lines.push(`  - _Your note:_ ${within(escapeInline(item.userNote), '')}`);
  return lines;
}
