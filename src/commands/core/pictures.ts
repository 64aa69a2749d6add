import { renderMapSvg, svgToPng } from '../../formats/picture';
import type { CanvasArea } from '../../formats/registry';
import type { Command, CommandContext } from '../types';

type Picture = 'svg' | 'png';

/** The part of the map on screen; pictures of "the current view" need the canvas showing the free layout. */
function currentArea(ctx: CommandContext): CanvasArea | null {
  const s = ctx.store.getState();
  if (s.view !== 'map' || s.layoutMode !== 'free') return null;
  const area = ctx.canvas.current?.visibleArea();
  return area && area.width > 0 && area.height > 0 ? area : null;
}

async function savePicture(ctx: CommandContext, kind: Picture, area?: CanvasArea): Promise<void> {
  const { doc, mapKey, sourceTexts } = ctx.store.getState();
  const svg = renderMapSvg({ map: doc, sourceTexts, ...(area ? { area } : {}) });
  const name = `${mapKey}${area ? '-view' : ''}`;
  if (kind === 'svg') ctx.ui.download(`${name}.svg`, svg, 'image/svg+xml');
  else ctx.ui.download(`${name}.png`, await svgToPng(svg), 'image/png');
}

/**
 * Pictures for slides and papers, drawn from the map's layout with its legend: the whole
 * map as PNG (the SVG of the whole map is the exporter registry's), and the part in view as
 * SVG or PNG.
 */
export const PICTURE_COMMANDS: readonly Command[] = [
  {
    id: 'map.picture.png',
    label: 'Picture of the whole map (.png)',
    group: 'file',
    keywords: 'image png export slide figure',
    perform: (ctx) => savePicture(ctx, 'png'),
  },
  {
    id: 'map.picture.view.svg',
    label: 'Picture of the current view (.svg)',
    group: 'file',
    keywords: 'image svg export slide figure visible part',
    enabled: (ctx) => currentArea(ctx) !== null,
    perform: (ctx) => savePicture(ctx, 'svg', currentArea(ctx) ?? undefined),
  },
  {
    id: 'map.picture.view.png',
    label: 'Picture of the current view (.png)',
    group: 'file',
    keywords: 'image png export slide figure visible part',
    enabled: (ctx) => currentArea(ctx) !== null,
    perform: (ctx) => savePicture(ctx, 'png', currentArea(ctx) ?? undefined),
  },
];
