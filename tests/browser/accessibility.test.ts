import { describe, expect, it } from 'vitest';
import { useBrowser, openApp } from './support/browser';
import { seriousViolations, shownNodeIds } from './support/editor';

const browser = useBrowser();

describe('accessibility', () => {
  it('axe-core finds no serious or critical violations on the default map, as a new user first sees it', async () => {
    const { page, context, errors } = await openApp(browser());
    await shownNodeIds(page);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('nor with a node selected and its details open, nor in the dialogs and other views', async () => {
    const { page, context } = await openApp(browser(), '/?map=getting-started');
    await shownNodeIds(page);
    await page.getByRole('complementary', { name: 'Legend' }).getByRole('button', { name: /Legend/ }).click();
    await page.locator('.react-flow__node-claim').first().click();
    await page.getByRole('article', { name: 'Claim details' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.locator('.react-flow__node-passage').first().click();
    await page.getByRole('article', { name: 'Passage details' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.keyboard.press('Control+k');
    await page.getByRole('combobox', { name: /search claims/i }).fill('bourgeoisie');
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');

    await page.getByRole('button', { name: 'Filters', exact: true }).click();
    await page.getByRole('dialog', { name: 'Filters' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');

    await page.getByRole('tab', { name: 'Compare' }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('every control has an accessible name', async () => {
    const { page, context } = await openApp(browser(), '/?map=getting-started');
    await shownNodeIds(page);
    const unnamed = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('button, select, input, textarea, [role="tab"], [role="menuitem"], a[href]')]
        .filter((el) => el.offsetParent !== null || el.getAttribute('type') === 'file')
        .filter((el) => {
          const labelled = el.getAttribute('aria-label') || el.getAttribute('aria-labelledby') || el.getAttribute('title');
          const labelFor = el.id && document.querySelector(`label[for="${CSS.escape(el.id)}"]`);
          return !labelled && !labelFor && !el.closest('label') && !(el.textContent ?? '').trim();
        })
        .map((el) => el.outerHTML.slice(0, 120)),
    );
    expect(unnamed).toEqual([]);
    await context.close();
  });

  it('nodes are reachable and selectable by keyboard', async () => {
    const { page, context } = await openApp(browser(), '/?map=getting-started');
    await shownNodeIds(page);
    let reached: string | null = null;
    for (let i = 0; i < 60 && !reached; i++) {
      await page.keyboard.press('Tab');
      reached = await page.evaluate(() => (document.activeElement?.classList.contains('react-flow__node') ? document.activeElement.getAttribute('data-id') : null));
    }
    expect(reached).not.toBeNull();
    await page.keyboard.press('Enter');
    await page.waitForFunction((id) => document.querySelector(`.react-flow__node[data-id="${id}"]`)?.classList.contains('selected'), reached);
    // Tab moves on to the next node, and arrow keys move the selected one (one undo step each).
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('button', { name: 'Undo' }).isEnabled()).resolves.toBe(true);
    await context.close();
  });
});
