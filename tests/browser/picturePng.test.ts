import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { loadMap } from '../../src/domain/loader';
import { pngSize } from '../../src/formats/picture/png';
import { renderMapSvg } from '../../src/formats/picture/svg';
import { useBrowser } from './support/browser';

const ROOT = join(import.meta.dirname, '..', '..');

/** png.ts as the browser runs it: the module's TypeScript compiled to a script that defines svgToPng. */
function pngHelperScript(): string {
  const source = readFileSync(join(ROOT, 'src/formats/picture/png.ts'), 'utf8');
  const js = ts.transpileModule(source, { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.None } }).outputText;
  return js.replace(/^export /gm, '').replace(/^Object\.defineProperty\(exports.*$/gm, '').replace(/^exports\.\w+ = .*$/gm, '');
}

const browser = useBrowser();

describe('svgToPng in Chromium', () => {
  it('turns a map’s SVG into a PNG of the expected size, with the picture drawn on it', async () => {
    const loaded = loadMap(readFileSync(join(ROOT, 'maps/getting-started.map.json'), 'utf8'), {
      readSource: (path) => ({ status: 'ok', text: readFileSync(join(ROOT, 'maps', path), 'utf8') }),
    });
    if (!loaded.ok) throw new Error('the map does not load');
    const svg = renderMapSvg({ map: loaded.map, sourceTexts: loaded.sourceTexts });
    const expected = pngSize(svg, { scale: 1 });
    const page = await browser().newPage();
    await page.addScriptTag({ content: pngHelperScript() });
    const result = await page.evaluate(async (text) => {
      const blob: Blob = await (window as unknown as { svgToPng: (s: string, o: object) => Promise<Blob> }).svgToPng(text, { scale: 1 });
      const bytes = new Uint8Array(await blob.arrayBuffer());
      const bitmap = await createImageBitmap(blob);
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(bitmap, 0, 0);
      const colours = new Set<string>();
      const data = context.getImageData(0, 0, bitmap.width, bitmap.height).data;
      for (let i = 0; i < data.length; i += 4 * 97) colours.add(`${data[i]},${data[i + 1]},${data[i + 2]}`);
      return { type: blob.type, signature: Array.from(bytes.slice(1, 4)), width: bitmap.width, height: bitmap.height, colours: colours.size, corner: Array.from(data.slice(0, 3)) };
    }, svg);
    expect(result.type).toBe('image/png');
    expect(String.fromCharCode(...result.signature)).toBe('PNG');
    expect({ width: result.width, height: result.height }).toEqual(expected);
    // The paper colour in the corner (#f6f5f1), and many other colours: cards, text and links were drawn.
    expect(result.corner).toEqual([0xf6, 0xf5, 0xf1]);
    expect(result.colours).toBeGreaterThan(20);
    await page.close();
  });
});
