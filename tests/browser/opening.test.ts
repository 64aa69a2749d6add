import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser, openApp } from './support/browser';
import { fixtureMapText, importFile, seriousViolations, shownNodeIds, stillView } from './support/editor';

const browser = useBrowser();

/** The canvas's zoom, read from React Flow's viewport transform. */
const zoom = (page: Page) =>
  page.evaluate(() => Number(/scale\(([\d.]+)\)/.exec((document.querySelector('.react-flow__viewport') as HTMLElement).style.transform)![1]));

/** The zoom once it has not changed for half a second. */
async function settledZoom(page: Page): Promise<number> {
  let last = await zoom(page);
  for (;;) {
    await page.waitForTimeout(500);
    const now = await zoom(page);
    if (now === last) return now;
    last = now;
  }
}

/** The font size at which a claim's title is drawn on screen, in CSS pixels. */
const claimTextPx = (page: Page) =>
  page.evaluate(() => {
    const text = document.querySelector('.react-flow__node-claim .cp-node__title') as HTMLElement;
    return parseFloat(getComputedStyle(text).fontSize) * Number(/scale\(([\d.]+)\)/.exec((document.querySelector('.react-flow__viewport') as HTMLElement).style.transform)![1]);
  });

describe('how a map opens', () => {
  for (const size of [{ width: 1600, height: 1000 }, { width: 1280, height: 800 }]) {
    it(`opens a large map readable on its start at ${size.width}×${size.height}, with "Fit the whole map" at hand; a reload keeps the view chosen`, async () => {
      const { page, context, errors } = await openApp(browser(), '/?map=permanent-revolution', size);
      await shownNodeIds(page);
      await stillView(page);
      expect(await claimTextPx(page)).toBeGreaterThanOrEqual(9.9);
      // The start, a central claim, is in view whole, in the upper half (what hangs under it shows below).
      const canvas = (await page.locator('.react-flow').boundingBox())!;
      const centrals = await page.locator('.react-flow__node-claim', { hasText: 'Central' }).all();
      expect(centrals.length).toBeGreaterThan(0);
      const boxes = await Promise.all(centrals.map(async (c) => (await c.boundingBox())!));
      const inUpperHalf = boxes.filter((b) => b.x >= canvas.x && b.x + b.width <= canvas.x + canvas.width && b.y >= canvas.y && b.y + b.height <= canvas.y + canvas.height / 2);
      expect(inUpperHalf.length).toBeGreaterThan(0);
      expect(await seriousViolations(page)).toEqual([]);

      const hint = page.getByRole('status').filter({ hasText: 'Zoomed in to read' });
      await hint.getByRole('button', { name: /Fit the whole map/ }).click();
      await hint.waitFor({ state: 'detached' });
      // Switching to the far level can hold the fit's last frames back for a moment, so the
      // zoom is read once it has held for half a second.
      const fitted = await settledZoom(page);
      expect(fitted).toBeLessThan(0.5);
      await page.reload();
      // Fitted whole, the map may be at the far level of detail: blocks on a canvas, no cards.
      await page.waitForSelector('.cp-canvas-frame[data-detail-level] .react-flow__viewport');
      await stillView(page);
      expect(await zoom(page)).toBeCloseTo(fitted, 3);
      expect(await page.getByText('Zoomed in to read').count()).toBe(0);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('writes the view shown as the page is left (pagehide), whatever was written before', async () => {
    const { page, context, errors } = await openApp(browser(), '/?map=getting-started');
    await shownNodeIds(page);
    await stillView(page);
    const shown = await zoom(page);
    // Whatever was remembered for this view before (here a made-up one), leaving the page writes the view on screen.
    const written = await page.evaluate(() => {
      const key = 'counterpoint:viewport:getting-started:free';
      localStorage.setItem(key, JSON.stringify({ x: 1, y: 2, zoom: 0.123 }));
      dispatchEvent(new PageTransitionEvent('pagehide'));
      return JSON.parse(localStorage.getItem(key)!) as { zoom: number };
    });
    expect(written.zoom).toBeCloseTo(shown, 3);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fits a map whose cards read whole, without the hint', async () => {
    const { page, context } = await openApp(browser(), '/?map=getting-started');
    await shownNodeIds(page);
    await importFile(page, 'fixture.map.json', fixtureMapText());
    await page.waitForFunction(() => document.querySelectorAll('.react-flow__node').length === 6);
    await stillView(page);
    expect(await zoom(page)).toBeGreaterThan(0.77);
    expect(await page.getByText('Zoomed in to read').count()).toBe(0);
    await context.close();
  });
});
