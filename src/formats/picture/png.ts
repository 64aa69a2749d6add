/**
 * A PNG of a map picture, in the browser: the SVG drawn onto a canvas and encoded. Needs a
 * browser (an `Image` that loads SVG, a canvas that encodes PNG), so it is the one piece of the
 * picture export the command line cannot run; `renderMapSvg` makes its input.
 */
export interface PngOptions {
  /** Device pixels per canvas unit (default 2, sharp on high-density screens and in slides). */
  readonly scale?: number;
  /** The longest side allowed, in pixels; a larger picture is scaled down to fit (browsers refuse huge canvases). */
  readonly maxSide?: number;
}

/** The size an SVG declares on its root element. */
function svgSize(svg: string): { width: number; height: number } {
  const root = /<svg\b[^>]*>/.exec(svg)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1]);
  if (!(width > 0 && height > 0)) throw new Error('the picture has no size');
  return { width, height };
}

/** The pixel size of the PNG: `scale` pixels per unit, scaled down so no side exceeds `maxSide`. */
export function pngSize(svg: string, { scale = 2, maxSide = 8192 }: PngOptions = {}): { width: number; height: number } {
  const { width, height } = svgSize(svg);
  const factor = Math.min(scale, maxSide / width, maxSide / height);
  return { width: Math.max(1, Math.round(width * factor)), height: Math.max(1, Math.round(height * factor)) };
}

export async function svgToPng(svg: string, options: PngOptions = {}): Promise<Blob> {
  const size = pngSize(svg, options);
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = typeof OffscreenCanvas === 'function' ? new OffscreenCanvas(size.width, size.height) : Object.assign(document.createElement('canvas'), size);
    const context = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D | CanvasRenderingContext2D | null;
    if (!context) throw new Error('this browser cannot draw the picture');
    context.drawImage(image, 0, 0, size.width, size.height);
    if ('convertToBlob' in canvas) return await canvas.convertToBlob({ type: 'image/png' });
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the picture could not be encoded'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
