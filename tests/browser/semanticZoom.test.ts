import { readFileSync, readdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser, openApp } from './support/browser';
import { fitWholeMap, seriousViolations, stillView } from './support/editor';

const browser = useBrowser();

const SHIPPED = readdirSync(new URL('../../maps/', import.meta.url)).filter((f) => f.endsWith('.map.json')).map((f) => f.replace(/\.map\.json$/, ''));

const level = (page: Page) => page.locator('.cp-canvas-frame').getAttribute('data-detail-level');

/** Opens a shipped map and waits for the canvas (at the far level no card is in the DOM). */
async function open(key: string) {
  const opened = await openApp(browser(), `/?map=${key}`);
  await opened.page.waitForSelector('.cp-canvas-frame[data-detail-level]');
  await opened.page.waitForSelector('.react-flow__viewport');
  await stillView(opened.page);
  return opened;
}

/**
 * The on-screen size of every claim title shown, in CSS px: the computed font size times the
 * viewport's scale. Cards (close, middle): `.react-flow__node-claim .cp-node__title` or its
 * text; far blocks: `[data-claim-title]`, DOM text in the viewport.
 */
const claimTitlePx = (page: Page) =>
  page.evaluate(() => {
    const zoom = Number(/scale\(([\d.]+)\)/.exec((document.querySelector('.react-flow__viewport') as HTMLElement).style.transform)![1]);
    const els = [...document.querySelectorAll<HTMLElement>('[data-claim-title] > span, .react-flow__node-claim .cp-node__body > :first-child')];
    return els.filter((e) => e.getClientRects().length > 0).map((e) => parseFloat(getComputedStyle(e).fontSize) * zoom);
  });

/** Sets the zoom about the centre of the canvas, with the mouse wheel as a user would. */
async function zoomTo(page: Page, target: number) {
  const box = (await page.locator('.react-flow__pane').boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  for (let i = 0; i < 60; i++) {
    const zoom = await page.evaluate(() => Number(/scale\(([\d.]+)\)/.exec((document.querySelector('.react-flow__viewport') as HTMLElement).style.transform)![1]));
    if (Math.abs(Math.log(zoom / target)) < 0.03) break;
    await page.mouse.wheel(0, Math.max(-100, Math.min(100, -Math.log(target / zoom) * 200)));
    await page.waitForTimeout(60);
  }
  await stillView(page);
}

/** Where a claim's card sits on the map (from its flow node's transform). */
const cardAt = (page: Page, id: string) =>
  page.locator(`.react-flow__node[data-id="${id}"]`).evaluate((el) => {
    const m = new DOMMatrixReadOnly(getComputedStyle(el).transform);
    return { x: m.m41, y: m.m42 };
  });

describe('semantic zoom', () => {
  for (const key of SHIPPED) {
    it(`fitted whole, ${key} shows its claim titles at 10 px or more on screen`, async () => {
      const { page, context, errors } = await open(key);
      await fitWholeMap(page);
      const sizes = await claimTitlePx(page);
      expect(sizes.length).toBeGreaterThan(0);
      expect(Math.min(...sizes)).toBeGreaterThanOrEqual(10);
      expect(errors).toEqual([]);
      await context.close();
    });
  }

  it('switches level by zoom, folds evidence into counts at middle, and never moves a node', async () => {
    const { page, context, errors } = await open('permanent-revolution');
    await zoomTo(page, 1);
    expect(await level(page)).toBe('close');
    const claim = (await page.locator('.react-flow__node-claim').first().getAttribute('data-id'))!;
    const before = await cardAt(page, claim);
    expect(await page.locator('.react-flow__node-passage').count()).toBeGreaterThan(0);

    await zoomTo(page, 0.55);
    expect(await level(page)).toBe('middle');
    expect(await page.locator('.react-flow__node-passage').count()).toBe(0);
    const counts = await page.locator('.cp-node__folded').allTextContents();
    expect(counts.some((t) => /\d+ passages?/.test(t))).toBe(true);
    const compact = await claimTitlePx(page);
    expect(Math.min(...compact)).toBeGreaterThanOrEqual(10);
    expect(await cardAt(page, claim)).toEqual(before);

    await zoomTo(page, 0.25);
    expect(await level(page)).toBe('far');
    expect(await page.locator('.react-flow__node').count()).toBe(0);
    expect(await page.locator('.cp-far-canvas').count()).toBe(1);
    expect(await page.locator('[data-claim-title]').count()).toBeGreaterThan(0);
    expect(await seriousViolations(page)).toEqual([]);

    await zoomTo(page, 1);
    expect(await level(page)).toBe('close');
    await page.locator(`.react-flow__node[data-id="${claim}"]`).waitFor({ state: 'attached' });
    expect(await cardAt(page, claim)).toEqual(before);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('fitted whole in swimlanes, the overview names its positions over their grounds, readable and clear of the claim titles', async () => {
    const { page, context, errors } = await open('overview');
    await page.getByRole('button', { name: 'Swimlanes' }).click();
    await fitWholeMap(page);
    expect(await level(page)).toBe('far');
    const shown = await page.evaluate(() => {
      const zoom = Number(/scale\(([\d.]+)\)/.exec((document.querySelector('.react-flow__viewport') as HTMLElement).style.transform)![1]);
      const box = (e: Element) => {
        const r = e.getBoundingClientRect();
        return { x: r.x, y: r.y, w: r.width, h: r.height };
      };
      const labels = [...document.querySelectorAll<HTMLElement>('[data-position-label] > span')];
      return {
        labels: labels.map((e) => ({ text: e.textContent, px: parseFloat(getComputedStyle(e).fontSize) * zoom, box: box(e.parentElement!) })),
        titles: [...document.querySelectorAll('[data-claim-title]')].map(box),
      };
    });
    const map = JSON.parse(readFileSync(new URL('../../maps/overview.map.json', import.meta.url), 'utf8')) as { positions: { label: string }[] };
    const names = map.positions.map((p) => p.label);
    // Each name once: only positions with an area of three claims or more are named.
    expect(shown.labels.length).toBeGreaterThanOrEqual(2);
    expect(new Set(shown.labels.map((l) => l.text)).size).toBe(shown.labels.length);
    for (const l of shown.labels) {
      expect(names).toContain(l.text);
      expect(l.px).toBeGreaterThanOrEqual(13);
    }
    const overlap = (a: { x: number; y: number; w: number; h: number }, b: typeof a) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
    for (const l of shown.labels) for (const t of shown.titles) expect(overlap(l.box, t)).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('selects a claim by clicking its block at the far level', async () => {
    const { page, context, errors } = await open('overview');
    await fitWholeMap(page);
    expect(await level(page)).toBe('far');
    const title = page.locator('[data-claim-title]').first();
    const id = (await title.getAttribute('data-claim-title'))!;
    const box = (await title.boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForFunction((want) => new URL(location.href).searchParams.get('node') === want, id);
    await page.getByRole('article', { name: 'Claim details' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
