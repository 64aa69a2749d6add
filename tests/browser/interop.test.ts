import type { Download } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { useBrowser, openApp } from './support/browser';
import { fromFileMenu, shownNodeIds } from './support/editor';
import { openOutline } from './support/outline';

const FIX = join(import.meta.dirname, '..', 'fixtures');

const browser = useBrowser();

async function bytesOf(download: Download): Promise<Buffer> {
  const path = await download.path();
  return readFileSync(path!);
}

describe('formats in the app', () => {
  it('exports the map from the File menu as Argdown, JSON Canvas, its references as BibTeX, and pictures of the whole map and of the view', async () => {
    const { page, context, errors } = await openApp(browser(), '/?map=getting-started');
    await shownNodeIds(page);
    const argdown = await fromFileMenu(page, /Export as Argdown/);
    expect(argdown.suggestedFilename()).toBe('getting-started.argdown');
    expect((await bytesOf(argdown)).toString('utf8')).toMatch(/^\[.+\]: /m);
    const canvas = await fromFileMenu(page, /Export as JSON Canvas/);
    expect(JSON.parse((await bytesOf(canvas)).toString('utf8'))).toMatchObject({ nodes: expect.any(Array), edges: expect.any(Array) });

    const bib = await fromFileMenu(page, /Export references as BibTeX/);
    expect(bib.suggestedFilename()).toBe('getting-started-references.bib');
    expect((await bytesOf(bib)).toString('utf8')).toMatch(/@book\{/);
    const whole = await fromFileMenu(page, /Picture of the whole map \(\.png\)/);
    expect(whole.suggestedFilename()).toBe('getting-started.png');
    expect((await bytesOf(whole)).subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    const view = await fromFileMenu(page, /Picture of the current view \(\.svg\)/);
    expect(view.suggestedFilename()).toBe('getting-started-view.svg');
    const svg = (await bytesOf(view)).toString('utf8');
    expect(svg).toMatch(/^<svg|^<\?xml/);
    expect(svg).toContain('Mensheviks');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('imports references into the work dialog from a BibTeX file, without duplicates; a broken file adds nothing', async () => {
    const { page, context, errors } = await openApp(browser(), '/?map=getting-started');
    await shownNodeIds(page);
    await page.locator('.react-flow__pane').click();
    await page.keyboard.press('w');
    const dialog = page.getByRole('dialog', { name: 'New work' });
    await dialog.waitFor();
    const before = await dialog.getByRole('combobox', { name: 'Reference' }).locator('option').count();
    await dialog.getByLabel('Reference file to import').setInputFiles(join(FIX, 'references', 'historiography.bib'));
    await dialog.getByText(/works? added/).waitFor();
    const said = await dialog.getByText(/works? added/).textContent();
    const added = Number(/(\d+) works? added/.exec(said ?? '')?.[1]);
    expect(added).toBeGreaterThan(0);
    expect(await dialog.getByRole('combobox', { name: 'Reference' }).locator('option').count()).toBe(before + added);
    // The same file again brings nothing new: every work is matched.
    await dialog.getByLabel('Reference file to import').setInputFiles(join(FIX, 'references', 'historiography.bib'));
    await dialog.getByText(/^0 works added/).waitFor();
    // A broken file adds nothing and names its problems.
    await dialog.getByLabel('Reference file to import').setInputFiles(join(FIX, 'references', 'broken.bib'));
    await page.getByText(/BIBTEX_|REFERENCE/).first().waitFor();
    expect(await dialog.getByRole('combobox', { name: 'Reference' }).locator('option').count()).toBe(before + added);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('exports the outline as a Word document whose footnotes carry the citations', async () => {
    const { page, context, errors } = await openOutline(browser(), 'stages-theory');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export .docx' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('getting-started-outline-stages-theory.docx');
    const parts = unzipSync(new Uint8Array(await bytesOf(file)));
    const footnotes = strFromU8(parts['word/footnotes.xml']!);
    const document = strFromU8(parts['word/document.xml']!);
    // Chicago notes: the works the outline cites appear in footnotes, and the document refers to them.
    expect(footnotes).toMatch(/Löwy|Ascher|Galili|Plekhanov/);
    expect(document).toContain('w:footnoteReference');
    expect(document).toMatch(/Bibliography|Works cited|References/);
    expect(errors).toEqual([]);
    await context.close();
  });
});
