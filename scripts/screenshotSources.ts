/**
 * Screenshots of opening your own sources (for looking at the UI and for the README):
 * the add-source dialog reading a long PDF, the dialog with what it read and the draft
 * reference, the reader on the PDF with its pages and work, and the outline citing a page.
 * Usage: npx tsx scripts/screenshotSources.ts <out folder>
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { build, preview } from 'vite';
import { setLines } from '../src/formats/sources/testing/book';
import { longBookPdf } from '../src/formats/sources/testing/longBook';
import { makePdf, typeset } from '../src/formats/sources/testing/makePdf';
import { readFileSync } from 'node:fs';

const [out = '.tmp-shots'] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const root = join(import.meta.dirname, '..');
const corpus = readFileSync(join(root, 'maps/sources/rrs.txt'), 'utf8').split('\n\n');
const printing = makePdf({
  pages: typeset(corpus.slice(1, 12).map((p) => setLines(p, { width: 72, hyphenate: true, ligatures: true })), { linesPerPage: 22 }),
  title: 'The Russian Revolution and the Rise of Stalinism (test printing)',
  author: 'Counterpoint test fixtures',
});

const outDir = mkdtempSync(join(root, '.tmp-dist-'));
await build({ logLevel: 'silent', build: { outDir, emptyOutDir: true } });
const server = await preview({ build: { outDir }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const errors: string[] = [];
const shot = (page: Page, name: string) => page.screenshot({ path: join(out, name) });
try {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(new URL('/?map=getting-started', server.resolvedUrls!.local[0]).href);
  await page.locator('.react-flow__node').first().waitFor();
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: 'New map' }).click();
  await page.waitForFunction(() => document.querySelectorAll('.react-flow__node').length === 0);
  await page.keyboard.press('c');
  await page.keyboard.type('The revolution was prepared by the whole international workers’ movement');
  await page.keyboard.press('Enter');
  const claim = page.locator('.react-flow__node-claim');
  await claim.waitFor();
  const claimId = (await claim.getAttribute('data-id'))!;

  await page.getByRole('tab', { name: 'Reader' }).click();
  await page.getByRole('button', { name: 'Paste or open a text…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a source' });
  const input = dialog.getByLabel('File to add as a source');
  await input.setInputFiles({ name: 'long-book.pdf', mimeType: 'application/pdf', buffer: Buffer.from(longBookPdf(400)) });
  await page.waitForFunction(() => Number(document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')) > 60);
  await shot(page, '1-reading.png');
  await dialog.getByRole('button', { name: 'Cancel reading' }).click();

  await input.setInputFiles({ name: 'printing.pdf', mimeType: 'application/pdf', buffer: Buffer.from(printing) });
  await dialog.getByRole('region', { name: 'Read from printing.pdf' }).waitFor();
  await dialog.getByLabel('Year').fill('2026');
  await shot(page, '2-read.png');
  await dialog.getByRole('button', { name: 'Add source' }).click();
  await dialog.waitFor({ state: 'detached' });

  // Widen the panel, and quote words from the middle of the page that begins inside a paragraph.
  const resizer = (await page.locator('.cp-resizer').boundingBox())!;
  await page.mouse.move(resizer.x + resizer.width / 2, resizer.y + 300);
  await page.mouse.down();
  await page.mouse.move(resizer.x - 260, resizer.y + 300, { steps: 6 });
  await page.mouse.up();
  await claim.click();
  await page.evaluate(() => {
    const mark = document.querySelector('.cp-page--inline') ?? document.querySelectorAll('.cp-page')[1]!;
    const para = mark.closest('.cp-para')!;
    const next = para.nextElementSibling ?? para;
    para.scrollIntoView({ block: 'start' });
    document.querySelector('.cp-reader__text')!.scrollTop -= 40;
    // Whole words from the middle of the next paragraph.
    const text = next.querySelector('.cp-para__text span[data-u]')!.firstChild!;
    const words = text.textContent!;
    const from = words.indexOf(' ', Math.floor(words.length / 4)) + 1;
    const to = words.indexOf(' ', Math.floor(words.length / 2));
    const range = document.createRange();
    range.setStart(text, from);
    range.setEnd(text, to);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
  });
  await page.locator('.cp-selection-bar').waitFor();
  await shot(page, '3-quote-bar.png');
  await page.getByRole('button', { name: /States it/ }).click();
  await page.locator('.react-flow__node-passage').waitFor();
  await page.waitForTimeout(500);
  await shot(page, '4-reader.png');

  await page.goto(new URL(`/?map=untitled&view=outline&thesis=${claimId}`, server.resolvedUrls!.local[0]).href);
  await page.locator('[data-testid="outline-preview"][aria-busy="false"]').waitFor();
  await shot(page, '5-outline.png');
  await page.getByLabel('Citation style').selectOption('chicago-note-bibliography');
  await page.locator('[data-testid="outline-preview"][aria-busy="false"]').waitFor();
  await shot(page, '6-outline-notes.png');
  console.log(`wrote ${out}; console errors: ${errors.length ? errors.join(' | ') : 'none'}`);
} finally {
  await browser.close();
  await server.close();
  rmSync(outDir, { recursive: true, force: true });
}
