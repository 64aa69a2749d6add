import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { useBrowser, openApp, type OpenedPage } from './support/browser';
import { fixtureMapText, fromFileMenu, importFile, shownNodeIds } from './support/editor';
import { waitForCitations } from './support/outline';
import { openReader } from './support/reader';
import { chooseFile, CORPUS, openAddSource, printedPdf } from './support/sources';

const FIX = join(import.meta.dirname, '..', 'fixtures');

const browser = useBrowser();

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
}

/** Opens the app with every CSP violation recorded from the first script on. */
async function openWatched(path: string): Promise<OpenedPage & { violations: () => Promise<Violation[]> }> {
  const opened = await openApp(browser(), path, undefined, (context) =>
    context.addInitScript(() => {
      const seen: { directive: string; blocked: string; sample: string }[] = [];
      (window as unknown as { __cspViolations: typeof seen }).__cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (e) => seen.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample }));
    }),
  );
  const violations = () => opened.page.evaluate(() => (window as unknown as { __cspViolations: Violation[] }).__cspViolations);
  return { ...opened, violations };
}

describe('Content-Security-Policy of the production build', () => {
  it('is a meta tag in the built index.html that allows scripts from the app only and no eval', async () => {
    const html = await (await fetch(inject('baseURL'))).text();
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
    expect(meta).not.toBeNull();
    const policy = meta![1]!.replaceAll('&#39;', "'");
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toMatch(/unsafe-(eval|inline)/);
    // No inline script in the page itself.
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
  });

  it('the policy is in force: an inline script the page did not ship is refused and reported', async () => {
    const { page, context, violations } = await openWatched('/?map=getting-started');
    await shownNodeIds(page);
    await page.evaluate(() => {
      const s = document.createElement('script');
      s.textContent = 'window.__ran = true';
      document.head.append(s);
    });
    await page.waitForFunction(() => (window as unknown as { __cspViolations: unknown[] }).__cspViolations.length > 0);
    expect(await page.evaluate(() => (window as unknown as { __ran?: boolean }).__ran)).toBeUndefined();
    expect((await violations()).map((v) => v.directive)).toEqual([expect.stringMatching(/^script-src/)]);
    await context.close();
  });

  it('a new user walks the map, the reader, compare, the outline, imports and exports with no violation and no console error', async () => {
    const { page, context, errors, violations } = await openWatched('/?map=getting-started');
    await shownNodeIds(page);

    // Map canvas: select a node, open the new-work dialog and close it.
    await page.locator('.react-flow__node').first().click();
    await page.locator('.react-flow__pane').click();
    await page.keyboard.press('w');
    const work = page.getByRole('dialog', { name: 'New work' });
    await work.waitFor();
    // BibTeX through the work dialog's importer.
    await work.getByLabel('Reference file to import').setInputFiles(join(FIX, 'references', 'historiography.bib'));
    await work.getByText(/works? added/).waitFor();
    await page.keyboard.press('Escape');
    await work.waitFor({ state: 'hidden' });

    // Exports from the File menu, pictures included.
    for (const item of [/Export as Argdown/, /Export as JSON Canvas/, /Export references as BibTeX/, /Picture of the whole map \(\.png\)/, /Picture of the current view \(\.svg\)/, /Picture of the current view \(\.png\)/, /^Export map(?! with)/]) {
      const file = await fromFileMenu(page, item);
      expect((await file.path()) ?? '').not.toBe('');
    }

    // Reader.
    await openReader(page);

    // Compare, its swimlanes and its timeline.
    await page.goto(new URL('/?map=permanent-revolution&view=compare', inject('baseURL')).href);
    await page.getByRole('table').first().waitFor();
    await page.goto(new URL('/?map=permanent-revolution&view=compare&compare=timeline', inject('baseURL')).href);
    await page.getByRole('table', { name: /in order of period/ }).waitFor();
    // The swimlanes are drawn on the map canvas of the comparison.
    await page.goto(new URL('/?map=permanent-revolution&view=compare', inject('baseURL')).href);
    await page.getByRole('button', { name: 'Swimlanes', exact: true }).click();
    await page.locator('.cp-lanes').waitFor({ state: 'attached' });

    // Outline: citations in two styles (the citation worker), Word and Markdown exports.
    await page.goto(new URL('/?map=getting-started&view=outline&thesis=stages-theory', inject('baseURL')).href);
    await page.getByRole('tree', { name: 'Outline' }).waitFor();
    await waitForCitations(page);
    await page.getByLabel('Citation style').selectOption('apa');
    await waitForCitations(page);
    for (const name of ['Export .docx', 'Export .md']) {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name }).click();
      expect((await (await download).path()) ?? '').not.toBe('');
    }

    // Imports through the File menu: a map file and an Argdown file.
    await page.goto(new URL('/?map=getting-started', inject('baseURL')).href);
    await shownNodeIds(page);
    await importFile(page, 'debate.json', fixtureMapText());
    await page.locator('.react-flow__node[data-id="c1"]').waitFor();
    await importFile(page, 'short.argdown', '# Short debate\n\n[Thesis]: The workers made the revolution.\n  + <Reason>: The soviets were theirs.\n');
    await page.getByText('The workers made the revolution.').first().waitFor();

    // A PDF source in the reader (pdf.js and its worker).
    const { bytes } = await printedPdf(CORPUS.slice(1, 4), { title: 'A printed test', author: 'Counterpoint test fixtures' });
    const dialog = await openAddSource(page);
    await chooseFile(dialog, 'printing.pdf', 'application/pdf', bytes);
    await dialog.getByRole('region', { name: 'Read from printing.pdf' }).waitFor();
    await dialog.getByRole('button', { name: 'Add source' }).click();
    await page.locator('.cp-para').first().waitFor();

    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
