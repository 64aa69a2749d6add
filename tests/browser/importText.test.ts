import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBrowser, openApp } from './support/browser';
import { shownNodeIds } from './support/editor';

const ARGDOWN = readFileSync(join(import.meta.dirname, '..', 'fixtures', 'interop', 'debate.argdown'), 'utf8');

const browser = useBrowser();

describe('importing a map from pasted text', () => {
  it('turns pasted Argdown into a new map on the canvas, with its claims and relations', async () => {
    const { page, context, errors } = await openApp(browser(), '/?map=getting-started');
    await shownNodeIds(page);
    await page.getByRole('button', { name: 'File', exact: true }).click();
    await page.getByRole('menuitem', { name: /Import from pasted text/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a map from text' });
    await dialog.getByRole('textbox').fill(ARGDOWN);
    await dialog.getByRole('combobox', { name: 'Format' }).getByText('Told from the text: Argdown').waitFor({ state: 'attached' });
    await dialog.getByRole('button', { name: 'Import as a new map' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.waitForFunction(() => new URL(location.href).searchParams.get('map') !== 'getting-started');
    await page.locator('.react-flow__pane').click();
    await page.keyboard.press('Shift+1');
    await page.locator('.react-flow__node', { hasText: 'The liberals cannot lead the revolution.' }).waitFor();
    await page.locator('.react-flow__node', { hasText: 'Only the working class, leading the peasantry' }).waitFor();
    // The premise-conclusion structure is kept: each premise supports the conclusion.
    await page.locator('.react-flow__edge[aria-label^="Claim “Fear” supports"]').first().waitFor({ state: 'attached' });
    expect(await page.locator('.react-flow__edge[aria-label*="contrasts with"]').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('offers pasted Argdown on the canvas for import, and refuses garbage with coded problems, leaving the open map alone', async () => {
    const { page, context } = await openApp(browser(), '/?map=getting-started');
    const before = await shownNodeIds(page);
    await page.locator('.react-flow__pane').click();
    await page.evaluate((text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      document.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, ARGDOWN);
    const dialog = page.getByRole('dialog', { name: 'Import a map from text' });
    await expect(dialog.getByRole('textbox').inputValue()).resolves.toContain('[Two stages]');
    // Named Argdown, text that is not Argdown is refused with its codes.
    await dialog.getByRole('textbox').fill('// only a comment, nothing to import');
    await dialog.getByRole('combobox', { name: 'Format' }).selectOption('argdown');
    await dialog.getByRole('button', { name: 'Import as a new map' }).click();
    await page.getByText('ARGDOWN_EMPTY').first().waitFor();
    expect(new URL(page.url()).searchParams.get('map')).toBe('getting-started');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    expect(await shownNodeIds(page)).toEqual(before);
    await context.close();
  });
});
