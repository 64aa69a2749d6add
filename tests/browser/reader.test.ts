import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser, openApp } from './support/browser';
import { nodeEl, runFromPalette, seriousViolations, shownNodeIds } from './support/editor';
import { openReader, RRS, RRS_PARAGRAPHS, selectInParagraph } from './support/reader';

const browser = useBrowser();

const ROOT = join(import.meta.dirname, '..', '..');
const selectedId = (page: Page) => page.evaluate(() => new URL(location.href).searchParams.get('node'));

/** Whether an element lies within the reader's visible text. */
const inReaderView = (page: Page, selector: string) =>
  page.evaluate((sel) => {
    const el = document.querySelector(sel);
    const box = document.querySelector('.cp-reader__text')!.getBoundingClientRect();
    if (!el) return false;
    const r = el.getBoundingClientRect();
    return r.top >= box.top && r.bottom <= box.bottom;
  }, selector);

/** Waits for an element to come into the reader's view (scrolling is smooth). */
const waitInReaderView = (page: Page, selector: string) =>
  page.waitForFunction((sel) => {
    const el = document.querySelector(sel);
    const box = document.querySelector('.cp-reader__text')!.getBoundingClientRect();
    const r = el?.getBoundingClientRect();
    return !!r && r.top >= box.top && r.bottom <= box.bottom;
  }, selector);

describe('the source reader', () => {
  it('scrolls to and marks a passage selected on the map, and a click on a highlight selects its passage there', async () => {
    const { page, context, errors } = await openApp(browser(), '/?map=permanent-revolution');
    await shownNodeIds(page);
    await openReader(page);
    const ids = await page.locator('[data-starts]').evaluateAll((els) => els.map((e) => e.getAttribute('data-starts')!.split(' ')[0]!));
    expect(ids.length).toBeGreaterThan(20);
    const last = ids.at(-1)!;
    const mark = `[data-starts~="${last}"]`;
    expect(await inReaderView(page, mark)).toBe(false);

    // Select the passage from the search palette, as a user finding a quote would.
    const quote = await page.locator(mark).textContent();
    await runFromPalette(page, quote!.slice(0, 40).trim());
    await page.locator(`${mark}.cp-hl--selected`).waitFor();
    await waitInReaderView(page, mark);
    expect(await selectedId(page)).toBe(last);

    // Another passage in view: clicking its highlight selects it on the canvas.
    const other = ids.at(-2)!;
    await page.locator(`[data-starts~="${other}"]`).scrollIntoViewIfNeeded();
    await page.locator(`[data-starts~="${other}"]`).click();
    await page.waitForFunction((id) => document.querySelector(`.react-flow__node[data-id="${id}"]`)?.classList.contains('selected'), other);
    expect(await selectedId(page)).toBe(other);
    await page.locator(`[data-starts~="${other}"].cp-hl--selected`).waitFor();
    expect(await page.locator(`${mark}.cp-hl--selected`).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the claims a highlight states or supports when hovered, and lists what cites a paragraph from its number', async () => {
    const { page, context } = await openApp(browser(), '/?map=getting-started');
    await shownNodeIds(page);
    await openReader(page);
    const first = page.locator('[data-starts]').first();
    await first.scrollIntoViewIfNeeded();
    const passage = (await first.getAttribute('data-starts'))!.split(' ')[0]!;
    await first.hover();
    const card = page.getByRole('tooltip');
    await card.waitFor();
    await expect(card.textContent()).resolves.toMatch(/states|supports/);

    const paragraph = await first.evaluate((el) => el.closest('.cp-para')!.getAttribute('data-n'));
    await page.getByRole('button', { name: `Paragraph ${paragraph}: what cites it` }).click();
    const dialog = page.getByRole('dialog', { name: `What cites paragraph ${paragraph}` });
    await dialog.waitFor();
    const claimButton = dialog.locator('.cp-citations__list ul .cp-link-button').first();
    const claimName = await claimButton.textContent();
    await claimButton.click();
    await page.waitForFunction((id) => new URL(location.href).searchParams.get('node') !== id, passage);
    const claim = (await selectedId(page))!;
    await expect(nodeEl(page, claim).textContent()).resolves.toContain(claimName!.replace('…', '').slice(0, 20));
    await context.close();
  });

  it('finds a phrase: a result list by paragraph, highlights in the text, next and previous', async () => {
    const { page, context, errors } = await openApp(browser(), '/?map=permanent-revolution');
    await shownNodeIds(page);
    await page.keyboard.press('Control+Shift+F');
    const field = page.getByRole('searchbox', { name: 'Find in the source' });
    await expect(field.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await field.fill('"working class"');
    // Every occurrence, whatever its case: the source has this many.
    const total = RRS.text.match(/working class/gi)!.length;
    await page.getByText(`1 of ${total}`).waitFor();
    expect(total).toBeGreaterThan(20);
    const hits = await page.locator('.cp-hit').allTextContents();
    expect(hits).toHaveLength(total);
    expect(new Set(hits.map((h) => h.toLowerCase()))).toEqual(new Set(['working class']));
    const results = page.getByRole('list', { name: /paragraphs with matches/ });
    const paragraphs = RRS_PARAGRAPHS.filter((p) => /working class/i.test(RRS.slice(p.start, p.end))).length;
    expect(await results.getByRole('listitem').count()).toBe(paragraphs);
    await expect(results.getByRole('listitem').first().textContent()).resolves.toMatch(/^¶ \d+.*working class/i);

    await field.press('Enter');
    await page.getByText(`2 of ${total}`).waitFor();
    await waitInReaderView(page, '.cp-hit--current');
    await field.press('Shift+Enter');
    await field.press('Shift+Enter');
    await page.getByText(`${total} of ${total}`).waitFor();
    // A result in the list jumps to its paragraph.
    await results.getByRole('button').nth(1).click();
    await page.waitForFunction(() => document.querySelector('.cp-reader-results__item[aria-current="true"]') !== null);
    await waitInReaderView(page, '.cp-hit--current');

    await field.fill('bourgeoisie zzzyzzx');
    await page.getByText('No matches').waitFor();
    expect(await page.locator('.cp-hit').count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('states the share of paragraphs cited by this map and by all maps, as counterpoint stats does', async () => {
    const stats = (target: string) => JSON.parse(execFileSync(join(ROOT, 'bin/counterpoint'), ['stats', target], { encoding: 'utf8' }));
    const one = stats('maps/permanent-revolution.map.json').coverage.rrs as { cited: number; share: number; paragraphs: number };
    const all = stats('maps').coverage['sources/rrs.txt'] as { cited: number; share: number };
    const { page, context } = await openApp(browser(), '/?map=permanent-revolution');
    await shownNodeIds(page);
    await openReader(page);
    const summary = page.getByRole('group', { name: 'Coverage of the text' });
    await summary.getByText(/All maps cite/).waitFor();
    await expect(summary.textContent()).resolves.toContain(`This map cites ${one.cited} of ${one.paragraphs} paragraphs (${(one.share * 100).toFixed(1)}%)`);
    await expect(summary.textContent()).resolves.toContain(`All maps cite ${all.cited} (${(all.share * 100).toFixed(1)}%)`);
    // The overview has one band per cited paragraph in each lane, and jumps where it is clicked.
    expect(await page.locator('.cp-coverage-bar__lane--map span').count()).toBe(one.cited);
    expect(await page.locator('.cp-coverage-bar__lane--all span').count()).toBe(all.cited);
    const bar = (await page.getByRole('scrollbar', { name: /Overview of the text/ }).boundingBox())!;
    await page.mouse.click(bar.x + bar.width / 2, bar.y + bar.height * 0.9);
    await page.waitForFunction(() => document.querySelector('.cp-reader__text')!.scrollTop > 0);
    // The bar reports the new place once the scroll has been drawn (a frame or two later on a busy machine).
    await page.waitForFunction(() => Number(document.querySelector('[role="scrollbar"][aria-label^="Overview of the text"]')?.getAttribute('aria-valuenow')) > 60);
    await context.close();
  });

  it('counts a passage added to another map, as saved in this browser, in the coverage of all maps', async () => {
    const { page, context, errors } = await openApp(browser(), '/?map=getting-started');
    await shownNodeIds(page);
    await openReader(page);
    const allMaps = page.getByTestId('coverage-all-maps');
    await allMaps.waitFor();
    const cited = async () => Number((await page.getByRole('group', { name: 'Coverage of the text' }).textContent())!.match(/All maps cite (\d+)/)![1]);
    const before = await cited();
    // A paragraph no map cites yet (its number has no "cited" rule): quote a few words of it.
    const uncited = Number(await page.locator('.cp-para:not(.cp-para--cited)').nth(5).getAttribute('data-n'));
    await selectInParagraph(page, uncited, 0, 12);
    await page.getByRole('button', { name: 'Unlinked' }).click();
    await page.locator(`.cp-para[data-n="${uncited}"].cp-para--cited`).waitFor();
    expect(await cited()).toBe(before + 1);

    await page.getByRole('combobox', { name: 'Map' }).selectOption('permanent-revolution');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('map') === 'permanent-revolution');
    await page.locator(`.cp-para[data-n="${uncited}"].cp-para--cited`).waitFor();
    expect(await cited()).toBe(before + 1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('has no serious accessibility violations with a search, a selection bar and a paragraph’s citations open', async () => {
    const { page, context, errors } = await openApp(browser(), '/?map=getting-started');
    await shownNodeIds(page);
    await openReader(page);
    await page.getByRole('searchbox', { name: 'Find in the source' }).fill('bourgeoisie');
    await page.getByText(/^1 of \d+$/).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('.cp-para__num').first().click();
    await page.getByRole('dialog', { name: /What cites paragraph/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await selectInParagraph(page, 3, 4, 40);
    expect(await seriousViolations(page)).toEqual([]);
    // Paragraph numbers: one Tab stop, arrows move between them.
    await page.locator('.cp-para__num[tabindex="0"]').focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).resolves.toBe('Paragraph 2: what cites it');
    expect(await page.locator('.cp-para__num[tabindex="0"]').count()).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});
