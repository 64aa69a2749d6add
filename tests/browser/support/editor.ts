import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Download, Locator, Page } from 'playwright-core';
import { openApp, type OpenedPage } from './browser';
import { serializeMap } from '../../../src/domain/serialize';
import { SAMPLE_SOURCE, sampleMap } from '../../../src/domain/testing/sampleMap';

/** Waits until the canvas has stopped moving (a fit or reveal animation is over). */
export async function stillView(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        const read = () => (document.querySelector('.react-flow__viewport') as HTMLElement | null)?.style.transform;
        const first = read();
        setTimeout(() => resolve(first !== undefined && read() === first), 150);
      }),
  );
}

/** Fits the whole map in view (Shift+1), as a user does when a large map opens zoomed in on its start. */
export async function fitWholeMap(page: Page): Promise<void> {
  await page.keyboard.press('Shift+1');
  await page.getByText('Zoomed in to read').waitFor({ state: 'detached' });
  await stillView(page);
}

/** A node on the canvas by its id. */
export const nodeEl = (page: Page, id: string): Locator => page.locator(`.react-flow__node[data-id="${id}"]`);

/** Waits until the canvas shows nodes, and returns the ids it shows. */
export async function shownNodeIds(page: Page): Promise<string[]> {
  await page.waitForSelector('.react-flow__node');
  return page.locator('.react-flow__node').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!));
}

/**
 * A node of a kind that shows whole in the open part of the canvas (not under its toolbars,
 * legend or minimap), for tests that click "a claim" of a large map opened zoomed in.
 */
export async function nodeInOpenView(page: Page, kind: string): Promise<Locator> {
  await stillView(page);
  const id = await page.evaluate((k) => {
    const canvas = document.querySelector('.react-flow')!.getBoundingClientRect();
    const covers = [...document.querySelectorAll('.react-flow__panel')].map((p) => p.getBoundingClientRect());
    const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    const open = [...document.querySelectorAll(`.react-flow__node-${k}`)].find((el) => {
      const r = el.getBoundingClientRect();
      return r.left >= canvas.left && r.right <= canvas.right && r.top >= canvas.top && r.bottom <= canvas.bottom && !covers.some((c) => overlaps(r, c));
    });
    return open?.getAttribute('data-id') ?? null;
  }, kind);
  if (!id) throw new Error(`no ${kind} shows whole in the open canvas`);
  return nodeEl(page, id);
}

export async function centerOf(locator: Locator): Promise<{ x: number; y: number }> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('element has no box (not visible?)');
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/** Drags a node by its kicker (its top strip, away from buttons and text fields) by some pixels. */
export async function dragNode(page: Page, id: string, dx: number, dy: number): Promise<void> {
  const box = (await nodeEl(page, id).boundingBox())!;
  const start = { x: box.x + box.width / 2, y: box.y + 12 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let i = 1; i <= 10; i++) await page.mouse.move(start.x + (dx * i) / 10, start.y + (dy * i) / 10);
  await page.mouse.up();
}

/** The saved position of a node, read from the flow node's transform (flow coordinates). */
export async function flowPosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  const transform = await nodeEl(page, id).evaluate((el) => (el as HTMLElement).style.transform);
  const m = /translate\(([-\d.]+)px,\s*([-\d.]+)px\)/.exec(transform);
  if (!m) throw new Error(`no translate in ${transform}`);
  return { x: Number(m[1]), y: Number(m[2]) };
}

/** Opens the app on a new, empty map. */
export async function openEmptyMap(browser: Browser): Promise<OpenedPage> {
  const opened = await openApp(browser, '/?map=getting-started');
  await shownNodeIds(opened.page);
  await opened.page.getByRole('button', { name: 'File', exact: true }).click();
  await opened.page.getByRole('menuitem', { name: 'New map' }).click();
  await opened.page.waitForFunction(() => document.querySelectorAll('.react-flow__node').length === 0);
  return opened;
}

/** Runs a command from the Ctrl+K palette by typing its label. */
export async function runFromPalette(page: Page, text: string): Promise<void> {
  await page.keyboard.press('Control+k');
  const input = page.getByRole('combobox', { name: /search claims/i });
  await input.fill(text);
  await page.getByRole('listbox', { name: 'Results' }).getByRole('option', { name: new RegExp(text, 'i') }).first().click();
}

/** Opens a file in the app through "Import map…", as a user would pick it. */
export async function importFile(page: Page, name: string, text: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: /Import map/ }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
  await stillView(page);
}

/** Runs a File menu item that downloads a file (an export, a picture) and returns the download. */
export async function fromFileMenu(page: Page, item: RegExp): Promise<Download> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: item }).click();
  return download;
}

/** A small debate map (the domain's sample) with its source inline, so it imports anywhere. */
export function fixtureMapText(id = 'fixture-debate', title = 'Fixture debate'): string {
  const map = sampleMap();
  return serializeMap({
    ...map,
    id,
    title,
    sources: [{ id: 's', title: 'Sample source', text: SAMPLE_SOURCE }],
    layout: {
      c1: { x: 0, y: 0 },
      c2: { x: 600, y: 0 },
      p1: { x: -160, y: 260 },
      o1: { x: 200, y: 260 },
      w1: { x: 0, y: -260 },
      n1: { x: 600, y: -260 },
    },
  });
}

const require = createRequire(import.meta.url);

/** Runs axe-core on the page; returns the serious and critical violations, summarised. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // The build's CSP allows scripts from the app's origin only, so axe is served from there
  // (an inline script tag would be refused): the page runs under the policy users get.
  const source = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  const url = new URL('/__test-axe.js', page.url()).href;
  await page.route(url, (route) => route.fulfill({ body: source, contentType: 'text/javascript' }));
  await page.addScriptTag({ url });
  const result = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
    return axe.run(document, { resultTypes: ['violations'] });
  });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
}
