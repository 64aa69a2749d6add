import type { Browser, Locator, Page } from 'playwright-core';
import { openApp, type OpenedPage } from './browser';

/** The preview of the outline (the rendered Markdown). */
export const preview = (page: Page): Locator => page.getByTestId('outline-preview');

export async function previewText(page: Page): Promise<string> {
  return (await preview(page).textContent()) ?? '';
}

/** An item of the outline tree by its accessible name (role and headline). */
export const treeItem = (page: Page, name: RegExp): Locator => page.getByRole('treeitem', { name });

/** Waits until the preview shows citations formatted for the outline as it is now. */
export async function waitForCitations(page: Page): Promise<void> {
  await page.locator('[data-testid="outline-preview"][aria-busy="false"]').waitFor();
}

/** Opens a default map in the outline view on a thesis, once its citations are formatted. */
export async function openOutline(browser: Browser, thesis: string, map = 'getting-started'): Promise<OpenedPage> {
  const opened = await openApp(browser, `/?map=${map}&view=outline&thesis=${thesis}`);
  await opened.page.getByRole('tree', { name: 'Outline' }).waitFor();
  await waitForCitations(opened.page);
  return opened;
}
