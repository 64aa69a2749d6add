import type { ExportInput, MapExporter } from '../registry/types';
import { CARD, cardContext, renderCard } from './cards';
import { markerDefs, renderEdge } from './edges';
import { LEGEND_WIDTH, renderLegend } from './legend';
import { buildScene } from './scene';
import { attrs, textElement } from './xml';

const GAP = 24;

/**
 * A picture of the map as the canvas shows it, drawn from the map's saved layout without a
 * browser: links under cards, and the legend beside the map (never over it). With an area (the
 * current view), only what lies in it is drawn, cut at its edges. Every piece of map text is
 * escaped; nothing from the map becomes an element, attribute name, id or link.
 */
export function renderMapSvg({ map, sourceTexts, area }: ExportInput): string {
  if (area && !(area.width > 0 && area.height > 0)) throw new Error('the area to draw is empty');
  const scene = buildScene(map, area);
  const ctx = cardContext(map, sourceTexts);
  const legend = renderLegend(map.positions);
  const { frame } = scene;
  const width = Math.ceil(frame.width + GAP + LEGEND_WIDTH + GAP);
  const height = Math.ceil(Math.max(frame.height, legend.height + 2 * GAP));
  const what = area ? 'part of the map' : 'the whole map';
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg${attrs({ xmlns: 'http://www.w3.org/2000/svg', width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-labelledby': 'cp-title cp-desc' })}>`,
    textElement('title', { id: 'cp-title' }, map.title),
    textElement('desc', { id: 'cp-desc' }, `Counterpoint argument map, ${what}: ${scene.nodes.length} nodes and ${scene.edges.length} links, with a legend.`),
    `<defs>${markerDefs()}<clipPath id="cp-frame"><rect${attrs({ width: frame.width, height: frame.height })}/></clipPath></defs>`,
    `<rect${attrs({ width, height, fill: CARD.paper })}/>`,
    `<g clip-path="url(#cp-frame)"><g${attrs({ class: 'map', transform: `translate(${-frame.x} ${-frame.y})` })}>`,
    `<g class="edges">${scene.edges.map(renderEdge).join('')}</g>`,
    `<g class="nodes">${scene.nodes.map((n, i) => renderCard(ctx, n, i)).join('')}</g>`,
    '</g></g>',
    `<g${attrs({ transform: `translate(${frame.width + GAP} ${GAP})` })}>${legend.svg}</g>`,
    '</svg>',
    '',
  ].join('\n');
}

export const svgExporter: MapExporter = {
  id: 'svg',
  label: 'SVG picture',
  extension: '.svg',
  mediaType: 'image/svg+xml',
  picturesArea: true,
  render: async (input) => renderMapSvg(input),
};
