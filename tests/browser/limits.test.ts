import type { Page } from 'playwright-core';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateBenchMap } from '../../bench/generateMap';
import { serializeMap } from '../../src/domain/serialize';
import { useBrowser, openApp } from './support/browser';
import { fixtureMapText, importFile, shownNodeIds, stillView } from './support/editor';

const browser = useBrowser();
const dir = mkdtempSync(join(tmpdir(), 'cp-browser-limits-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The open map as the user sees it: its title, the nodes drawn, and whether there is anything to undo. */
async function openMapState(page: Page) {
  return {
    title: await page.getByRole('combobox', { name: 'Map' }).inputValue(),
    nodes: (await shownNodeIds(page)).sort(),
    undo: await page.getByRole('button', { name: 'Undo' }).isDisabled(),
  };
}

/** The problems table of the refusal dialog for a file, as row texts; the dialog is closed after. */
async function refusalRows(page: Page, fileName: string): Promise<string[]> {
  const dialog = page.getByRole('alertdialog', { name: `${fileName} could not be imported` });
  await dialog.waitFor();
  const rows = await dialog.locator('tbody tr').allTextContents();
  await page.screenshot({ path: `tests/.artifacts/limits-${fileName}.png` });
  await dialog.getByRole('button', { name: 'OK' }).click();
  return rows;
}

describe('limits in the browser', () => {
  it('imports a 20,000-node map through File > Import map, and File > Versions counts its nodes', async () => {
    const map = generateBenchMap(20_000);
    const text = serializeMap(map);
    const { page, context, errors } = await openApp(browser(), '/?map=getting-started');
    await shownNodeIds(page);

    const started = Date.now();
    await importFile(page, 'big.map.json', text);
    await page.waitForFunction((id) => new URL(location.href).searchParams.get('map') === id, map.id, { timeout: 120_000 });
    await page.locator('.react-flow__node').first().waitFor({ timeout: 120_000 });
    // A figure, not a target: how long a user waits from picking the file to seeing the map.
    console.log(`20,000-node map (${(text.length / 1e6).toFixed(1)} MB) imported and drawn in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(await page.getByRole('combobox', { name: 'Map' }).inputValue()).toBe(map.id);
    await page.screenshot({ path: 'tests/.artifacts/limits-20000-nodes.png' });

    // The store's node count, as File > Versions reports it for the version kept on open.
    await page.getByRole('button', { name: 'File', exact: true }).click();
    await page.getByRole('menuitem', { name: /^Versions…/ }).click();
    const dialog = page.getByRole('dialog', { name: /^Versions of/ });
    const row = dialog.getByRole('list', { name: 'Earlier versions' }).locator(':scope > li').first();
    await row.waitFor({ timeout: 120_000 });
    await expect(row.locator('.cp-versions__count').textContent()).resolves.toBe(`${map.nodes.length} nodes`);
    expect(map.nodes.length).toBeGreaterThanOrEqual(20_000);
    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);

  it('refuses a file over 50 MB by its size with FILE_TOO_LARGE, leaving the open map untouched', async () => {
    const { page, context, errors } = await openApp(browser(), '/?map=getting-started');
    await shownNodeIds(page);
    const before = await openMapState(page);

    // Sparse: the size is real, no bytes are written. Offered by path (Playwright refuses buffers over 50 MB).
    const file = join(dir, 'huge.map.json');
    writeFileSync(file, '');
    truncateSync(file, 51 * 1024 * 1024);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'File', exact: true }).click();
    await page.getByRole('menuitem', { name: /Import map/ }).click();
    await (await chooser).setFiles(file);

    const rows = await refusalRows(page, 'huge.map.json');
    expect(rows).toEqual([expect.stringMatching(/FILE_TOO_LARGE.*huge\.map\.json is 51\.0 MB; a file may be at most 50\.0 MB/)]);
    await stillView(page);
    expect(await openMapState(page)).toEqual(before);
    expect(new URL(page.url()).searchParams.get('map')).toBe('getting-started');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses a text field over 100,000 characters with TEXT_TOO_LONG, naming its JSON path', async () => {
    const { page, context, errors } = await openApp(browser(), '/?map=getting-started');
    await shownNodeIds(page);
    const before = await openMapState(page);

    const map = JSON.parse(fixtureMapText('too-long', 'Too long')) as { nodes: { text?: string }[] };
    expect(map.nodes[1]).toHaveProperty('text');
    map.nodes[1]!.text = 'x'.repeat(100_001);
    await importFile(page, 'too-long.map.json', JSON.stringify(map));

    const rows = await refusalRows(page, 'too-long.map.json');
    expect(rows).toEqual([expect.stringMatching(/TEXT_TOO_LONG.*\$\.nodes\[1\]\.text|\$\.nodes\[1\]\.text.*TEXT_TOO_LONG/)]);
    expect(rows[0]).toContain('100,001 characters');
    expect(await openMapState(page)).toEqual(before);
    expect(errors).toEqual([]);
    await context.close();
  });
});
