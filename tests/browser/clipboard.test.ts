import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { useBrowser, openApp } from './support/browser';
import { shownNodeIds } from './support/editor';

const browser = useBrowser();

async function newEmptyMap(page: Page) {
  await shownNodeIds(page);
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: 'New map' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.react-flow__node').length === 0);
}

async function typeNode(page: Page, key: string, field: string, text: string) {
  await page.keyboard.press(key);
  await page.getByRole('textbox', { name: field }).waitFor();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  await page.locator('.react-flow__node', { hasText: text }).waitFor();
}

const nodeCount = (page: Page) => page.locator('.react-flow__node').count();

describe('copy and paste through the system clipboard', () => {
  it('pastes nodes copied in one tab into a map open in another, with their link', async () => {
    const { page, context, errors } = await openApp(browser(), '/?map=getting-started');
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await newEmptyMap(page);
    await typeNode(page, 'c', 'Claim text', 'Copied thesis');
    await typeNode(page, 'o', 'Objection text', 'Copied objection');
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Control+c');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    expect(JSON.parse(text)).toMatchObject({ format: 'counterpoint-fragment', version: 1 });

    // Another tab has its own app clipboard (empty): what it pastes came from the system's.
    const other = await context.newPage();
    await other.goto(new URL('/?map=getting-started', inject('baseURL')).href);
    await newEmptyMap(other);
    await other.keyboard.press('Control+v');
    await other.locator('.react-flow__node', { hasText: 'Copied objection' }).waitFor();
    expect(await nodeCount(other)).toBe(2);
    await other.locator('.react-flow__edge[aria-label="Objection “Copied objection” attacks Claim “Copied thesis”"]').waitFor();
    // One undo step takes the paste away.
    await other.keyboard.press('Control+z');
    await other.waitForFunction(() => document.querySelectorAll('.react-flow__node').length === 0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses tampered clipboard nodes with coded problems, and pastes nothing for plain text', async () => {
    const { page, context } = await openApp(browser(), '/?map=getting-started');
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await newEmptyMap(page);

    await page.evaluate(() => navigator.clipboard.writeText('Just some words copied from a web page'));
    await page.keyboard.press('Control+v');
    await page.waitForTimeout(300);
    expect(await nodeCount(page)).toBe(0);

    const tampered = {
      format: 'counterpoint-fragment',
      version: 1,
      nodes: [{ id: 'c1', kind: 'claim', text: 'Linked' }],
      edges: [{ id: 'e1', from: 'c1', to: 'ghost', relation: 'supports' }],
      layout: {},
      positions: [],
      questions: [],
      references: [],
      sources: [],
    };
    await page.evaluate((t) => navigator.clipboard.writeText(t), JSON.stringify(tampered));
    await page.keyboard.press('Control+v');
    await page.getByText('The copied nodes could not be pasted').waitFor();
    await page.getByText('DANGLING_EDGE').first().waitFor();
    expect(await nodeCount(page)).toBe(0);
    await context.close();
  });
});
