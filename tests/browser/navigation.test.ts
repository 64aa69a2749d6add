import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser, openApp } from './support/browser';
import { fixtureMapText, importFile, nodeEl, shownNodeIds, stillView } from './support/editor';

const browser = useBrowser();

/** Opens the fixture debate (imported as a file), whose content these tests know. */
async function openFixture() {
  const opened = await openApp(browser(), '/?map=getting-started');
  await shownNodeIds(opened.page);
  await importFile(opened.page, 'fixture.map.json', fixtureMapText());
  await opened.page.waitForFunction(() => document.querySelectorAll('.react-flow__node').length === 6);
  await stillView(opened.page);
  return opened;
}

const dimmed = (page: Page) => page.locator('.react-flow__node.cp-dimmed').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')).sort());
const visibleIds = (page: Page) => page.locator('.react-flow__node:not([style*="visibility: hidden"])').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')).sort());

describe('navigation', () => {
  it('search (Ctrl+K) finds claim text, quotes and authors and jumps to the hit', async () => {
    const { page, context, errors } = await openFixture();
    await page.keyboard.press('Control+k');
    const input = page.getByRole('combobox', { name: /search claims/i });
    const results = page.getByRole('listbox', { name: 'Results' });
    await input.fill('tsarism');
    await expect(results.getByRole('option').first().textContent()).resolves.toMatch(/liberal bourgeoisie was incapable/);
    await input.fill('lih');
    await expect(results.getByRole('option').first().textContent()).resolves.toMatch(/Lih 2006/);
    await page.keyboard.press('Enter');
    // The hit is selected, in the URL, centred in view and has the keyboard.
    await page.waitForFunction(() => new URL(location.href).searchParams.get('node') === 'w1');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-id') === 'w1');
    const box = (await nodeEl(page, 'w1').boundingBox())!;
    const canvas = (await page.locator('.react-flow').boundingBox())!;
    expect(Math.abs(box.x + box.width / 2 - (canvas.x + canvas.width / 2))).toBeLessThan(30);
    expect(Math.abs(box.y + box.height / 2 - (canvas.y + canvas.height / 2))).toBeLessThan(30);
    await expect(page.getByRole('article', { name: 'Work details' }).isVisible()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('focus mode dims everything beyond N hops of the selected node', async () => {
    const { page, context } = await openFixture();
    await nodeEl(page, 'o1').click();
    await page.keyboard.press('f');
    await page.waitForFunction(() => document.querySelectorAll('.react-flow__node.cp-dimmed').length > 0);
    // o1 attacks c1; c1 is one hop away, everything else further.
    expect(await dimmed(page)).toEqual(['c2', 'n1', 'p1', 'w1']);
    await page.getByRole('button', { name: 'Focus: one hop wider' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.react-flow__node.cp-dimmed').length === 1);
    expect(await dimmed(page)).toEqual(['n1']);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelectorAll('.react-flow__node.cp-dimmed').length === 0);
    await context.close();
  });

  it('filters hide nodes by kind and position, and edges by relation', async () => {
    const { page, context } = await openFixture();
    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: 'Filters' });
    await dialog.getByRole('checkbox', { name: 'Passages' }).uncheck();
    await dialog.getByRole('checkbox', { name: 'Mensheviks' }).uncheck();
    await expect(dialog.getByText('3 nodes hidden.').isVisible()).resolves.toBe(true);
    await dialog.getByRole('button', { name: 'Done' }).click();
    expect(await visibleIds(page)).toEqual(['c1', 'n1', 'w1']);
    await page.getByRole('button', { name: 'Filters on' }).click();
    await page.getByRole('dialog', { name: 'Filters' }).getByRole('button', { name: 'Show everything' }).click();
    await page.keyboard.press('Escape');
    expect(await visibleIds(page)).toEqual(['c1', 'c2', 'n1', 'o1', 'p1', 'w1']);
    await context.close();
  });

  it('collapses and expands what hangs under a claim', async () => {
    const { page, context } = await openFixture();
    await nodeEl(page, 'c1').getByRole('button', { name: 'Collapse what hangs under this node' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.react-flow__node:not([style*="visibility: hidden"])').length === 3);
    expect(await visibleIds(page)).toEqual(['c1', 'c2', 'n1']);
    await nodeEl(page, 'c1').getByRole('button', { name: 'Expand: show 3 hidden nodes' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.react-flow__node:not([style*="visibility: hidden"])').length === 6);
    await context.close();
  });

  it('a copied link reopens the same map with the same node selected', async () => {
    const { page, context } = await openFixture();
    await nodeEl(page, 'p1').click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('node') === 'p1');
    const link = page.url();
    expect(new URL(link).searchParams.get('map')).toBe('fixture-debate');
    const other = await context.newPage();
    await other.goto(link);
    await other.getByRole('article', { name: 'Passage details' }).waitFor();
    await expect(other.locator('.react-flow__node.selected').getAttribute('data-id')).resolves.toBe('p1');
    await context.close();
  });

  it('links in the details panel select the other end of each relation', async () => {
    const { page, context } = await openFixture();
    await nodeEl(page, 'c1').click();
    const details = page.getByRole('article', { name: 'Claim details' });
    await details.getByRole('button', { name: /^Objection: Liberals led 1905/ }).click();
    await page.getByRole('article', { name: 'Objection details' }).waitFor();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('node') === 'o1');
    await context.close();
  });
});
