import { describe, expect, it } from 'vitest';
import { SAMPLE_SOURCE } from '../../src/domain/testing/sampleMap';
import { useBrowser, openApp } from './support/browser';
import { fixtureMapText, importFile, nodeEl, seriousViolations, shownNodeIds } from './support/editor';
import { exportMap, openReader, selectInParagraph } from './support/reader';

const browser = useBrowser();

const STORED = 'The liberal bourgeoisie was incapable of playing a revolutionary role against Tsarism.';
const EDITED = 'The liberal bourgeoisie was unable of playing a revolutionary role against Tsarism.';

/** The fixture debate with its inline source edited after p1 was quoted: p1 no longer stands verbatim. */
function changedSourceMap(): string {
  const map = JSON.parse(fixtureMapText('changed-source', 'Changed source')) as { sources: { text: string }[] };
  map.sources[0]!.text = SAMPLE_SOURCE.replace(STORED, EDITED);
  return JSON.stringify(map, null, 2);
}

describe('anchors under change and more sources', () => {
  it('badges a passage whose source changed; the review shows the differences and accepting re-anchors it in one undo step', async () => {
    const { page, context, errors } = await openApp(browser(), '/?map=getting-started');
    await shownNodeIds(page);
    await importFile(page, 'changed.map.json', changedSourceMap());
    await nodeEl(page, 'p1').waitFor();
    await openReader(page);
    await page.locator('[data-starts~="p1"].cp-hl--review').waitFor();
    expect(await page.getByRole('img', { name: 'needs review' }).count()).toBe(1);

    // The badge on the canvas opens the review.
    await nodeEl(page, 'p1').getByRole('button', { name: /Needs review/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Review passage' });
    await dialog.waitFor();
    await expect(dialog.getByLabel('Stored quote').textContent()).resolves.toBe(STORED);
    await expect(dialog.getByLabel('Stored quote').locator('del').allTextContents()).resolves.toEqual(['incapable']);
    await expect(dialog.getByLabel('Best match in the source').locator('ins').allTextContents()).resolves.toEqual(['unable']);
    await expect(dialog.getByLabel('Best match in the source').locator('.cp-review-match').textContent()).resolves.toBe(EDITED);
    expect(await seriousViolations(page)).toEqual([]);

    // Keeping it flagged changes nothing.
    await dialog.getByRole('button', { name: 'Keep flagged' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect(page.getByRole('button', { name: 'Undo' }).isDisabled()).resolves.toBe(true);
    await nodeEl(page, 'p1').getByRole('button', { name: /Needs review/ }).waitFor();

    // From the details panel this time; accept.
    await page.getByRole('tab', { name: 'Details' }).click();
    const details = page.getByRole('article', { name: 'Passage details' });
    // The details show the passage in its paragraph at the closest match, not at its stale place.
    await expect(details.locator('blockquote mark').textContent()).resolves.toBe(EDITED);
    await details.getByRole('button', { name: 'Review…' }).click();
    await dialog.getByRole('button', { name: 'Accept the source’s text' }).click();
    await nodeEl(page, 'p1').getByRole('button', { name: /Needs review/ }).waitFor({ state: 'detached' });
    await expect(nodeEl(page, 'p1').textContent()).resolves.toContain(EDITED);
    const accepted = (await exportMap(page)).nodes.find((n) => n.id === 'p1')!;
    expect(accepted).toMatchObject({ quote: EDITED, start: SAMPLE_SOURCE.indexOf(STORED), end: SAMPLE_SOURCE.indexOf(STORED) + EDITED.length });

    // One step: undo brings the old quote back, flagged again.
    await page.keyboard.press('Control+z');
    await nodeEl(page, 'p1').getByRole('button', { name: /Needs review/ }).waitFor();
    await expect(nodeEl(page, 'p1').textContent()).resolves.toContain(STORED);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('adds a pasted source, shows it as plain text, and quotes it; a .txt file adds another and the picker switches', async () => {
    const { page, context, errors } = await openApp(browser(), '/?map=getting-started');
    await shownNodeIds(page);
    await page.getByRole('button', { name: 'File', exact: true }).click();
    await page.getByRole('menuitem', { name: 'New map' }).click();
    await page.waitForFunction(() => document.querySelectorAll('.react-flow__node').length === 0);
    await page.getByRole('tab', { name: 'Reader' }).click();
    await page.getByText('This map quotes no source yet.', { exact: false }).waitFor();

    const pasted = 'Letters from Petrograd\n\nThe soviet met at <b>night</b> <img src=x onerror="window.__pwned=1">.\n\nA second paragraph \u2014 with \u201ccurly\u201d quotes.';
    await page.getByRole('button', { name: 'Paste or open a text…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Add a source' });
    await dialog.getByLabel('Text', { exact: true }).fill(pasted);
    await dialog.getByText('3 paragraphs', { exact: false }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Add source' }).click();
    await page.locator('.cp-para').nth(2).waitFor();
    // Rendered as text: the markup shows as written and nothing ran.
    await expect(page.locator('.cp-para[data-n="2"] .cp-para__text').textContent()).resolves.toBe('The soviet met at <b>night</b> <img src=x onerror="window.__pwned=1">.');
    expect(await page.locator('.cp-reader__text img, .cp-reader__text b').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();

    const text = 'A second paragraph \u2014 with \u201ccurly\u201d quotes.';
    await selectInParagraph(page, 3, text.indexOf('\u2014'), text.length);
    await page.getByRole('button', { name: 'Unlinked' }).click();
    await page.locator('.react-flow__node-passage').waitFor();
    const map = await exportMap(page);
    expect(map.sources).toEqual([{ id: 'letters-from-petrograd', title: 'Letters from Petrograd', text: pasted }]);
    expect(map.nodes).toEqual([expect.objectContaining({ kind: 'passage', source: 'letters-from-petrograd', quote: '\u2014 with \u201ccurly\u201d quotes.' })]);

    // A second source from a .txt file; the picker switches between them.
    await page.getByRole('button', { name: '+ Source' }).click();
    await dialog.getByLabel('File to add as a source').setInputFiles({ name: 'manifesto.txt', mimeType: 'text/plain', buffer: Buffer.from('A spectre is haunting Europe.\r\n\r\nWorkers of the world, unite!') });
    // Read in the background, then shown for checking; Windows line endings become plain ones.
    await expect(dialog.getByRole('region', { name: 'The start of the text as read' }).textContent()).resolves.toBe('A spectre is haunting Europe.\n\nWorkers of the world, unite!');
    await expect(dialog.getByLabel('Title').inputValue()).resolves.toBe('manifesto');
    await dialog.getByRole('button', { name: 'Add source' }).click();
    const picker = page.getByRole('combobox', { name: 'Source' });
    await page.getByText('Workers of the world, unite!').waitFor();
    await expect(picker.locator('option').allTextContents()).resolves.toEqual(['Letters from Petrograd', 'manifesto']);
    await picker.selectOption({ label: 'Letters from Petrograd' });
    await page.getByText('Letters from Petrograd', { exact: true }).first().waitFor();
    await page.locator('.cp-para[data-n="3"] [data-starts]').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
