import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launch, openApp } from './support/browser';

const MAPS = join(import.meta.dirname, '..', '..', 'maps');
const bundled = readdirSync(MAPS)
  .filter((f) => f.endsWith('.map.json'))
  .map((f) => ({ file: f, ...(JSON.parse(readFileSync(join(MAPS, f), 'utf8')) as { id: string; title: string; nodes: { id: string }[] }) }));

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe('app shell', () => {
  it('offers every map under maps/ and shows the chosen map\'s nodes', async () => {
    const { page, errors, context } = await openApp(browser);
    const options = await page.locator('select option').allTextContents();
    expect(options.sort()).toEqual(bundled.map((m) => m.title).sort());

    for (const map of bundled) {
      await page.selectOption('select', map.file);
      await page.waitForSelector('.react-flow__node');
      const ids = await page.locator('.react-flow__node').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
      // Nodes outside the viewport may be virtualised; every rendered node must belong to the map.
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) expect(map.nodes.map((n) => n.id)).toContain(id);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a legend of positions and relations', async () => {
    const { page, context } = await openApp(browser, '/?map=getting-started');
    const legend = page.getByRole('complementary', { name: 'Legend' });
    await expect(legend.getByText('Mensheviks').count()).resolves.toBe(1);
    await expect(legend.getByText('undercuts').count()).resolves.toBe(1);
    await context.close();
  });
});
