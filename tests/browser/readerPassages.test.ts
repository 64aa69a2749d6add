import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser, openApp } from './support/browser';
import { nodeEl, nodeInOpenView, shownNodeIds } from './support/editor';
import { exportMap, findParagraph, openReader, paragraphText, RRS, RRS_PARAGRAPHS, selectInParagraph } from './support/reader';

const browser = useBrowser();

const selectedId = (page: Page) => page.evaluate(() => new URL(location.href).searchParams.get('node'));

async function waitForSelected(page: Page, previous: string | null): Promise<string> {
  await page.waitForFunction((before) => {
    const id = new URL(location.href).searchParams.get('node');
    return id !== null && id !== before;
  }, previous);
  return (await selectedId(page))!;
}

describe('passages from selections in the reader', () => {
  it('quotes the exact source text across curly quotes and a dash, stating the claim selected on the map', async () => {
    const { page, context, errors } = await openApp(browser(), '/?map=permanent-revolution');
    await shownNodeIds(page);
    await (await nodeInOpenView(page, 'claim')).click();
    const claim = await waitForSelected(page, null);
    await openReader(page);

    const n = findParagraph((t) => t.includes('\u201ccontinued national unity\u201d') && t.includes('capitalists\u2014for'));
    const text = paragraphText(n);
    const from = text.indexOf('the objective of \u201ccontinued');
    const to = text.indexOf('capitalists\u2014for') + 'capitalists\u2014for'.length;
    await selectInParagraph(page, n, from, to);
    await expect(page.getByRole('group', { name: 'Create a passage from the selection' }).getByRole('button', { name: /States it/ }).isVisible()).resolves.toBe(true);
    await page.keyboard.press('q');
    const passage = await waitForSelected(page, claim);
    await nodeEl(page, passage).waitFor();
    // The selection is spent: its toolbar goes, and the new passage is marked in the text.
    await page.locator('.cp-selection-bar').waitFor({ state: 'detached' });
    await page.locator(`[data-starts~="${passage}"].cp-hl--selected`).waitFor();

    const map = await exportMap(page);
    const stored = map.nodes.find((node) => node.id === passage)!;
    const start = RRS_PARAGRAPHS[n - 1]!.start + from;
    expect(stored).toMatchObject({ kind: 'passage', source: 'rrs', quote: text.slice(from, to), start, end: start + (to - from) });
    expect(stored.quote).toContain('\u201ccontinued national unity\u201d');
    expect(stored.quote).toContain('\u2014');
    expect(RRS.slice(stored.start!, stored.end!)).toBe(stored.quote);
    expect(stored.prefix).toBe(RRS.slice(start - 32, start));
    expect(stored.suffix).toBe(RRS.slice(stored.end!, stored.end! + 32));
    expect(map.edges).toContainEqual(expect.objectContaining({ from: passage, to: claim, relation: 'states' }));
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the source’s own text when a mouse drag crosses a paragraph break the browser copies differently, and makes a new claim in one undo step', async () => {
    const { page, context, errors } = await openApp(browser(), '/?map=permanent-revolution');
    await shownNodeIds(page);
    // Every node of the map, not only those in view (the canvas renders only what is visible).
    const before = new Set((await exportMap(page)).nodes.map((node) => node.id));
    await openReader(page);
    // A paragraph that starts with a no-break space: the reader shows the paragraph from its
    // first word, and a browser's copy of the selection has no no-break space either.
    const second = RRS_PARAGRAPHS.find((p) => RRS.slice(p.start - 1, p.start) === '\u00a0')!.number;
    const first = page.locator(`.cp-para[data-n="${second - 1}"] .cp-para__text`);
    await first.scrollIntoViewIfNeeded();
    const a = (await first.boundingBox())!;
    const b = (await page.locator(`.cp-para[data-n="${second}"] .cp-para__text`).boundingBox())!;
    await page.mouse.move(a.x + a.width * 0.3, a.y + a.height - 8);
    await page.mouse.down();
    await page.mouse.move(b.x + b.width * 0.5, b.y + 10, { steps: 12 });
    await page.mouse.up();
    await page.locator('.cp-selection-bar').waitFor();
    const browserCopy = await page.evaluate(() => document.getSelection()!.toString());

    await page.getByRole('button', { name: /For a new claim/ }).click();
    const editor = page.getByRole('textbox', { name: 'Claim text' });
    await editor.waitFor();
    await page.keyboard.type('A claim typed after quoting');
    await page.keyboard.press('Enter');
    await page.locator('.react-flow__node', { hasText: 'A claim typed after quoting' }).waitFor();

    const map = await exportMap(page);
    const added = map.nodes.filter((node) => !before.has(node.id));
    const passage = added.find((node) => node.kind === 'passage')!;
    const claim = added.find((node) => node.kind === 'claim')!;
    expect(claim.text).toBe('A claim typed after quoting');
    expect(RRS.slice(passage.start!, passage.end!)).toBe(passage.quote);
    expect(passage.quote).toContain('\n\n\u00a0');
    expect(browserCopy).not.toBe(passage.quote);
    expect(browserCopy.replace(/\s+/g, ' ').trim()).toBe(passage.quote!.replace(/\s+/g, ' ').trim());
    expect(map.edges).toContainEqual(expect.objectContaining({ from: passage.id, to: claim.id, relation: 'states' }));

    // Claim, passage and link were one step.
    await page.keyboard.press('Control+z');
    await page.waitForFunction((ids) => ids.every((id) => !document.querySelector(`.react-flow__node[data-id="${id}"]`)), [passage.id, claim.id]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
