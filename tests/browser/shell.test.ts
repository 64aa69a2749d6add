import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBrowser, openApp } from './support/browser';
import { shownNodeIds } from './support/editor';

const MAPS = join(import.meta.dirname, '..', '..', 'maps');
const bundled = readdirSync(MAPS)
  .filter((f) => f.endsWith('.map.json'))
  .map((f) => ({ key: f.replace(/\.map\.json$/, ''), ...(JSON.parse(readFileSync(join(MAPS, f), 'utf8')) as { id: string; title: string; nodes: { id: string }[] }) }));

const browser = useBrowser();

describe('app shell', () => {
  it('shows a default map on first visit, offers every map under maps/ and opens each', async () => {
    const { page, errors, context } = await openApp(browser());
    expect((await shownNodeIds(page)).length).toBeGreaterThan(0);
    const picker = page.getByRole('combobox', { name: 'Map' });
    const options = await picker.locator('option').allTextContents();
    expect(options.sort()).toEqual(bundled.map((m) => m.title).sort());

    for (const map of bundled) {
      await picker.selectOption(map.key);
      await page.waitForFunction((key) => new URL(location.href).searchParams.get('map') === key, map.key);
      const ids = await shownNodeIds(page);
      // Nodes outside the viewport may be virtualised; every rendered node must belong to the map.
      expect(ids.length).toBeGreaterThan(0);
      for (const id of ids) expect(map.nodes.map((n) => n.id)).toContain(id);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows a legend of the map\'s positions and of every relation, and folds away', async () => {
    const map = bundled.find((m) => m.key === 'getting-started')! as unknown as { positions: { label: string }[] };
    const { page, context } = await openApp(browser(), '/?map=getting-started');
    await shownNodeIds(page);
    const legend = page.getByRole('complementary', { name: 'Legend' });
    // Folded at first, so it covers no part of the map; opened, it stays open on the next visit.
    await expect(legend.getByText('undercuts').count()).resolves.toBe(0);
    await legend.getByRole('button', { name: /Legend/ }).click();
    await page.reload();
    for (const p of map.positions) await legend.getByText(p.label).first().waitFor();
    for (const r of ['supports', 'attacks', 'states', 'contrasts']) await legend.getByText(r, { exact: true }).waitFor();
    await expect(legend.getByText('undercuts').count()).resolves.toBe(1);
    await legend.getByRole('button', { name: /Legend/ }).click();
    await expect(legend.getByText('undercuts').count()).resolves.toBe(0);
    await context.close();
  });

  it('switches between the Map, Compare and Outline views, and the URL names the view', async () => {
    const { page, context, errors } = await openApp(browser(), '/?map=getting-started');
    await shownNodeIds(page);
    await page.getByRole('tab', { name: 'Compare' }).click();
    await page.getByRole('heading', { name: 'Compare positions' }).waitFor();
    expect(new URL(page.url()).searchParams.get('view')).toBe('compare');
    await page.getByRole('tab', { name: 'Outline' }).click();
    await page.getByRole('heading', { name: 'Essay outline' }).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Essay outline' }).waitFor();
    await page.getByRole('tab', { name: 'Map' }).click();
    expect((await shownNodeIds(page)).length).toBeGreaterThan(0);
    expect(new URL(page.url()).searchParams.has('view')).toBe(false);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('has a resizable side panel with Details and Reader tabs', async () => {
    const { page, context } = await openApp(browser(), '/?map=getting-started');
    await shownNodeIds(page);
    const panel = page.getByRole('complementary', { name: 'Side panel' });
    await expect(panel.getByRole('tab', { name: 'Details' }).getAttribute('aria-selected')).resolves.toBe('true');
    const before = (await panel.boundingBox())!.width;
    const handle = page.getByRole('separator', { name: 'Resize the side panel' });
    await handle.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect((await panel.boundingBox())!.width).toBe(before + 48);
    await panel.getByRole('tab', { name: 'Reader' }).click();
    await expect(panel.getByRole('tab', { name: 'Reader' }).getAttribute('aria-selected')).resolves.toBe('true');
    await context.close();
  });
});
