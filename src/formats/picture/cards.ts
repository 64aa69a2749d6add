import { RELATION_COLORS } from '../../domain/relationLook';
import type { Stance } from '../../domain/schema/edge';
import type { ArgumentMap } from '../../domain/schema/map';
import type { MapNode } from '../../domain/schema/node';
import { paragraphFinder } from '../interchange/paragraphs';
import { shortCitation } from '../../domain/labels';
import type { PlacedNode } from './scene';
import { clipLine, wrapLines } from './textLayout';
import { attrs, textElement } from './xml';

/** The canvas's card colours (canvas.css and app.css), by what they paint. */
export const CARD = {
  ink: '#1d2430',
  muted: '#566173',
  neutral: '#8a93a3',
  paper: '#f6f5f1',
  panel: '#ffffff',
  border: '#c4cad3',
  sans: "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif",
  serif: "Georgia, 'Times New Roman', serif",
} as const;

const PAD = 10;
const LINE = 17.5;
const STANCE_SIGNS: Record<Stance, string> = { supports: '✓', challenges: '✕', complicates: '≈' };
const STANCE_COLORS: Record<Stance, string> = { supports: RELATION_COLORS.supports, challenges: RELATION_COLORS.attacks, complicates: RELATION_COLORS.complicates };

/** What cards show besides their own record: positions, references, tallies, paragraph numbers. */
export interface CardContext {
  readonly map: ArgumentMap;
  readonly sourceTexts: Readonly<Record<string, string>>;
  readonly tallies: ReadonlyMap<string, Tally>;
  readonly stances: ReadonlyMap<string, readonly Stance[]>;
  /** A passage's paragraph number in its source, sources split once per picture. */
  readonly paragraphOf: (passage: Extract<MapNode, { kind: 'passage' }>) => number | undefined;
}

export interface Tally {
  pro: number;
  con: number;
  evidence: number;
  readings: number;
}

export function cardContext(map: ArgumentMap, sourceTexts: Readonly<Record<string, string>>): CardContext {
  const tallies = new Map<string, Tally>();
  const stances = new Map<string, Stance[]>();
  const of = (id: string) => tallies.get(id) ?? tallies.set(id, { pro: 0, con: 0, evidence: 0, readings: 0 }).get(id)!;
  for (const e of map.edges) {
    if (e.relation === 'supports') of(e.to).pro++;
    else if (e.relation === 'attacks') of(e.to).con++;
    else if (e.relation === 'states') of(e.to).evidence++;
    else if (e.relation === 'assesses') {
      of(e.to).readings++;
      if (e.stance) (stances.get(e.from) ?? stances.set(e.from, []).get(e.from)!).push(e.stance);
    }
  }
  return { map, sourceTexts, tallies, stances, paragraphOf: paragraphFinder(sourceTexts) };
}

/** A colour mixed with white: the claim card's tint of its position's colour (color-mix 7%). */
function tint(hex: string, share: number): string {
  const channel = (i: number) => Math.round(parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) * share + 255 * (1 - share));
  return `#${[0, 1, 2].map((i) => channel(i).toString(16).padStart(2, '0')).join('')}`;
}

const text = (x: number, y: number, content: string, style: Record<string, string | number | undefined>) =>
  textElement('text', { x, y, 'font-family': CARD.sans, ...style }, content);

/** The small line at the top of a card: a sign, the kind and who holds or wrote it. */
function kicker(width: number, sign: string, label: string, who: string | undefined, color: string, right?: string): string {
  const head = `${sign} ${label}`;
  const line = clipLine(who ? `${head} · ${who}` : head, width - 2 * PAD - (right ? 70 : 0), 11 * BOLD);
  return text(PAD, 17, line, { 'font-size': 11, 'font-weight': 650, fill: color }) + (right ? text(width - PAD, 17, right, { 'font-size': 11, 'font-weight': 650, fill: CARD.ink, 'text-anchor': 'end' }) : '');
}

/** Lines of text from a top baseline. */
function lines(content: readonly string[], x: number, top: number, style: Record<string, string | number | undefined>, step = LINE): string {
  return content.map((l, i) => textElement('text', { x, y: top + i * step, ...style }, l)).join('');
}

/** Bold text is wider: it is measured as if set a size larger. */
const BOLD = 1.1;

/** A claim's or objection's title and text, as the canvas clamps them. */
function body(node: { text: string; title?: string | undefined }, width: number, maxLines: number, bold = false): string {
  const inner = width - 2 * PAD;
  if (!node.title) return lines(wrapLines(node.text, inner, bold ? 13 * BOLD : 13, maxLines), PAD, 38, { 'font-family': CARD.sans, 'font-size': 13, fill: CARD.ink, 'font-weight': bold ? 600 : undefined });
  const title = text(PAD, 38, clipLine(node.title, inner, 13 * BOLD), { 'font-size': 13, 'font-weight': 650, fill: CARD.ink });
  return title + lines(wrapLines(node.text, inner, 12, maxLines - 1), PAD, 38 + LINE, { 'font-family': CARD.sans, 'font-size': 12, fill: '#3b4454' }, 16.2);
}

/** The counts at the foot of a claim or objection: ▲ for, ▼ against, ❝ passages, ◆ readings. */
function tallyLine(tally: Tally | undefined, height: number): string {
  if (!tally) return '';
  const parts: [string, string][] = [];
  if (tally.pro) parts.push([`▲ ${tally.pro}`, RELATION_COLORS.supports]);
  if (tally.con) parts.push([`▼ ${tally.con}`, RELATION_COLORS.attacks]);
  if (tally.evidence) parts.push([`❝ ${tally.evidence}`, CARD.muted]);
  if (tally.readings) parts.push([`◆ ${tally.readings}`, CARD.muted]);
  let x = PAD;
  return parts
    .map(([label, color]) => {
      const out = text(x, height - 8, label, { 'font-size': 11, fill: color });
      x += 8 + label.length * 7;
      return out;
    })
    .join('');
}

/** The inside of a card, by kind, in the card's own coordinates. */
function content(ctx: CardContext, node: MapNode, width: number, height: number): { fill: string; stroke: string; strokeWidth: number; inner: string; rx?: number } {
  switch (node.kind) {
    case 'claim': {
      const position = ctx.map.positions.find((p) => p.id === node.position);
      const color = position?.color ?? CARD.neutral;
      const swatch = `<circle${attrs({ cx: PAD + 4.5, cy: 13, r: 4.5, fill: color })}/>`;
      const head = text(PAD + 14, 17, clipLine(position?.label ?? 'Claim', width - 2 * PAD - 14 - (node.central ? 70 : 0), 11), { 'font-size': 11, 'font-weight': 500, fill: CARD.muted });
      const central = node.central ? text(width - PAD, 17, '★ Central', { 'font-size': 11, 'font-weight': 650, fill: CARD.ink, 'text-anchor': 'end' }) : '';
      const bar = `<rect${attrs({ x: 0, y: 0, width: 6, height, fill: color })}/>`;
      return {
        fill: tint(color, 0.07),
        stroke: node.central ? color : CARD.border,
        strokeWidth: node.central ? 2 : 1,
        inner: bar + swatch + head + central + body(node, width, node.title ? 3 : 4, node.central) + tallyLine(ctx.tallies.get(node.id), height),
      };
    }
    case 'objection': {
      const position = ctx.map.positions.find((p) => p.id === node.position)?.label;
      const ref = node.ref ? shortCitation(ctx.map.references.find((r) => r.id === node.ref), node.ref) : undefined;
      const who = [position, ref].filter(Boolean).join(' · ') || undefined;
      const bar = `<rect${attrs({ x: 0, y: 0, width: 6, height, fill: RELATION_COLORS.attacks })}/>`;
      return { fill: '#fffafa', stroke: CARD.border, strokeWidth: 1, inner: bar + kicker(width, '✕', 'Objection', who, RELATION_COLORS.attacks) + body(node, width, node.title ? 3 : 4) + tallyLine(ctx.tallies.get(node.id), height) };
    }
    case 'passage': {
      const paragraph = ctx.paragraphOf(node);
      const source = ctx.map.sources.find((s) => s.id === node.source)?.title ?? node.source;
      const quote = wrapLines(node.quote, width - 2 * PAD - 12, 13, 5);
      const rule = `<rect${attrs({ x: PAD, y: 26, width: 3, height: quote.length * 18.2 + 2, fill: '#d6c48f' })}/>`;
      const meta = text(PAD, height - 8, clipLine(source, width - 2 * PAD, 11), { 'font-size': 11, fill: CARD.muted });
      return {
        fill: '#fffdf6',
        stroke: '#e2d6b3',
        strokeWidth: 1,
        inner: kicker(width, '❝', 'Passage', paragraph === undefined ? undefined : `¶ ${paragraph}`, CARD.muted) + rule + lines(quote, PAD + 12, 40, { 'font-family': CARD.serif, 'font-style': 'italic', 'font-size': 13, fill: '#2b2418' }, 18.2) + meta,
      };
    }
    case 'work': {
      const ref = ctx.map.references.find((r) => r.id === node.ref);
      const title = wrapLines(ref?.title ?? node.ref, width - 2 * PAD, 13, 2);
      const stances = (['supports', 'challenges', 'complicates'] as const).filter((s) => ctx.stances.get(node.id)?.includes(s));
      let x = PAD;
      const pills = stances
        .map((s) => {
          const label = `${STANCE_SIGNS[s]} ${s}`;
          const w = label.length * 6.2 + 12;
          const pill = `<rect${attrs({ x, y: height - 24, width: w, height: 17, rx: 8.5, fill: '#ffffff', stroke: STANCE_COLORS[s] })}/>` + text(x + 6, height - 12, label, { 'font-size': 10.5, 'font-weight': 650, fill: STANCE_COLORS[s] });
          x += w + 4;
          return pill;
        })
        .join('');
      const pages = node.pages ? text(width - PAD, height - 12, clipLine(`p. ${node.pages}`, 70, 11), { 'font-size': 11, fill: CARD.muted, 'text-anchor': 'end' }) : '';
      return {
        fill: '#f8f9fb',
        stroke: '#cfd5de',
        strokeWidth: 1,
        inner: kicker(width, '◆', 'Work', shortCitation(ref, node.ref), CARD.muted) + lines(title, PAD, 38, { 'font-family': CARD.serif, 'font-style': 'italic', 'font-size': 13, fill: CARD.ink }) + pills + pages,
      };
    }
    case 'note':
      return { fill: '#fff6bf', stroke: '#e3d37c', strokeWidth: 1, rx: 4, inner: kicker(width, '✎', 'Note', undefined, CARD.muted) + body(node, width, node.title ? 3 : 5) };
  }
}

/**
 * One node as the canvas draws it: a card of its kind's size, its text wrapped and clipped to
 * the card. `index` names the card's clip path (node ids never become element ids).
 */
export function renderCard(ctx: CardContext, placed: PlacedNode, index: number): string {
  const { node, x, y, width, height } = placed;
  const look = content(ctx, node, width, height);
  const rx = look.rx ?? 10;
  const clip = `cp-card-${index}`;
  const halo =
    node.kind === 'claim' && node.central
      ? `<rect${attrs({ x: -4, y: -4, width: width + 8, height: height + 8, rx: rx + 4, fill: look.stroke, 'fill-opacity': 0.22 })}/>`
      : '';
  return (
    `<g${attrs({ class: `node node-${node.kind}`, 'data-id': node.id, transform: `translate(${x} ${y})` })}>` +
    `<clipPath${attrs({ id: clip })}><rect${attrs({ width, height, rx })}/></clipPath>` +
    halo +
    `<rect${attrs({ width, height, rx, fill: look.fill, stroke: look.stroke, 'stroke-width': look.strokeWidth })}/>` +
    `<g${attrs({ 'clip-path': `url(#${clip})` })}>${look.inner}</g>` +
    `</g>`
  );
}
