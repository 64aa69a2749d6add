import { LEGEND_RELATIONS, RELATION_LOOKS, STANCE_LOOKS } from '../../domain/relationLook';
import type { Position } from '../../domain/schema/position';
import { CARD } from './cards';
import { glyph } from './edges';
import { textWidth, wrapLines } from './textLayout';
import { attrs, textElement } from './xml';

export const LEGEND_WIDTH = 260;
const ROW = 22;

const heading = (y: number, label: string) =>
  textElement('text', { x: 12, y, 'font-family': CARD.sans, 'font-size': 11, 'font-weight': 650, 'letter-spacing': 0.6, fill: CARD.muted }, label.toUpperCase());
const label = (x: number, y: number, content: string, color: string = CARD.ink) => textElement('text', { x, y, 'font-family': CARD.sans, 'font-size': 12, fill: color }, content);

/**
 * What the colours, markers and signs mean, as the canvas's legend says it: the map's
 * positions with their colours and periods, then every relation with its line and sign, and a
 * work's three stances. Returns the legend and its height.
 */
export function renderLegend(positions: readonly Position[]): { svg: string; height: number } {
  const parts: string[] = [];
  let y = 24;
  parts.push(textElement('text', { x: 12, y, 'font-family': CARD.sans, 'font-size': 13, 'font-weight': 650, fill: CARD.ink }, 'Legend'));
  y += 22;
  if (positions.length > 0) {
    parts.push(heading(y, 'Positions'));
    y += 8;
    for (const p of positions) {
      y += ROW;
      parts.push(`<circle${attrs({ cx: 18, cy: y - 4, r: 5.5, fill: p.color, stroke: '#00000026' })}/>`);
      const lines = wrapLines(p.period ? `${p.label} · ${p.period}` : p.label, LEGEND_WIDTH - 42, 12, 3);
      lines.forEach((line, i) => parts.push(label(30, y + i * 15, line)));
      y += (lines.length - 1) * 15;
    }
    y += 22;
  }
  parts.push(heading(y, 'Relations'));
  y += 8;
  for (const relation of LEGEND_RELATIONS) {
    const look = RELATION_LOOKS[relation];
    y += ROW + 2;
    const tone = `cp-marker-${relation}`;
    parts.push(
      `<g${attrs({ class: `legend-relation legend-${relation}` })}>` +
        `<path${attrs({ d: `M16 ${y - 4} H70`, fill: 'none', stroke: look.color, 'stroke-width': look.strokeWidth, 'marker-end': `url(#${tone})`, 'marker-start': look.markerAtStart ? `url(#${tone})` : undefined })}/>` +
        glyph(43, y - 4, look.glyph, look.color, look.glyph.length > 1 ? 8.5 : 7, 10) +
        label(84, y, relation) +
        `</g>`,
    );
  }
  y += ROW + 2;
  const stances = Object.values(STANCE_LOOKS).map((look, i) => glyph(22 + i * 22, y - 4, look.glyph, look.color, 7, 10)).join('');
  parts.push(`<g${attrs({ class: 'legend-relation legend-assesses' })}>${stances}${label(84, y, 'assesses')}${label(84 + textWidth('assesses ', 12), y, '(a work’s stance)', CARD.muted)}</g>`);
  const height = y + 16;
  const frame = `<rect${attrs({ width: LEGEND_WIDTH, height, rx: 10, fill: '#ffffff', stroke: '#dde1e7' })}/>`;
  return { svg: `<g class="legend">${frame}${parts.join('')}</g>`, height };
}
