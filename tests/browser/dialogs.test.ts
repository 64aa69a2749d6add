import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBrowser, openApp } from './support/browser';
import { shownNodeIds } from './support/editor';

const SOURCE = readFileSync(join(import.meta.dirname, '..', '..', 'maps', 'sources', 'rrs.txt'), 'utf8');

const browser = useBrowser();

/** Some words of the source from the middle of a long paragraph, so they occur once. */
function wordsFromSource(): string {
  const paragraphs = SOURCE.split(/\n\s*\n/).filter((p) => p.length > 400);
  const p = paragraphs[Math.floor(paragraphs.length / 2)]!.replace(/\s+/g, ' ');
  const start = p.indexOf(' ', 100) + 1;
  const words = p.slice(start, start + 90);
  return words.slice(0, words.lastIndexOf(' '));
}

describe('creating passages and works', () => {
  it('cuts a passage from the source where the pasted words occur, linked to the selected claim', async () => {
    const { page, context, errors } = await openApp(browser(), '/?map=getting-started');
    await shownNodeIds(page);
    await page.locator('.react-flow__node-claim').first().click();
    await page.keyboard.press('p');
    const dialog = page.getByRole('dialog', { name: 'New passage' });
    const quote = wordsFromSource();
    await dialog.getByRole('textbox', { name: /Words to quote/ }).fill(quote);
    await dialog.getByText('Found in the source').waitFor();
    await dialog.getByRole('button', { name: 'Add passage' }).click();
    const details = page.getByRole('article', { name: 'Passage details' });
    await details.waitFor();
    // The passage shows in its paragraph, the quote marked, and is linked to the claim.
    expect((await details.locator('mark').textContent())!.replace(/\s+/g, ' ')).toBe(quote);
    await details.getByText(/^states$/).waitFor();
    await page.locator('.react-flow__node-passage.selected').getByText(/¶ \d+/).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('offers the source\'s own text for a misquote, and refuses words the source does not hold', async () => {
    const { page, context } = await openApp(browser(), '/?map=getting-started');
    await shownNodeIds(page);
    await page.keyboard.press('p');
    const dialog = page.getByRole('dialog', { name: 'New passage' });
    const quote = wordsFromSource();
    const misquote = quote.replace(/\b(\w)(\w{4,})\b/, (_, a: string, b: string) => `${a}${b.slice(0, -1)}x`);
    await dialog.getByRole('textbox', { name: /Words to quote/ }).fill(misquote);
    await dialog.getByText(/Not found word for word/).waitFor();
    await expect(dialog.getByRole('button', { name: 'Add passage' }).isDisabled()).resolves.toBe(true);
    await dialog.getByRole('textbox', { name: /Words to quote/ }).fill('Words that a test made up and no source contains anywhere');
    await dialog.getByText('These words are not in the source.').waitFor();
    await context.close();
  });

  it('adds a work with a new reference and its stance on the selected claim', async () => {
    const { page, context, errors } = await openApp(browser(), '/?map=getting-started');
    await shownNodeIds(page);
    await page.locator('.react-flow__node-claim').first().click();
    await page.keyboard.press('w');
    const dialog = page.getByRole('dialog', { name: 'New work' });
    await dialog.getByRole('combobox', { name: 'Reference' }).selectOption({ label: 'A new reference…' });
    await dialog.getByRole('textbox', { name: 'Title', exact: true }).fill('A reference entered by a test');
    await dialog.getByRole('textbox', { name: 'Author’s family name' }).fill('Testauthor');
    await dialog.getByRole('textbox', { name: 'Year' }).fill('2020');
    await dialog.getByRole('combobox', { name: 'Stance' }).selectOption('challenges');
    await dialog.getByRole('button', { name: 'Add work' }).click();
    const work = page.locator('.react-flow__node-work.selected');
    await work.getByText('Testauthor 2020').waitFor();
    await work.getByText('✕ challenges').waitFor();
    // One step: undo removes the work, its reading and the new reference together.
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => ![...document.querySelectorAll('.react-flow__node-work')].some((n) => n.textContent?.includes('Testauthor')));
    expect(errors).toEqual([]);
    await context.close();
  });
});
