import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../src/domain/text/paragraphs';
import { SourceText } from '../../src/domain/text/sourceText';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { textHash } from '../../src/domain/text/hash';
import { extractSource } from '../../src/formats/sources/extract';
import { nodePdfJs } from '../../src/formats/sources/pdfNode';
import { STORE_IN_BROWSER_ABOVE } from '../../src/formats/sources/toSource';
import { makePdf } from '../../src/formats/sources/testing/makePdf';
import { useBrowser } from './support/browser';
import { importFile, nodeEl, openEmptyMap, runFromPalette, seriousViolations } from './support/editor';
import { previewText, treeItem, waitForCitations } from './support/outline';
import { exportMap, selectInParagraph } from './support/reader';
import { chooseFile, CORPUS, openAddSource, paragraphInsideAPage, printedPdf, savedArticle } from './support/sources';

const browser = useBrowser();

const emptyMap = () => openEmptyMap(browser());

/** Adds a claim by keyboard and returns its id; it stays selected. */
async function addClaim(page: Page, text: string): Promise<string> {
  await page.locator('.react-flow__pane').click({ position: { x: 200, y: 200 } });
  await page.keyboard.press('c');
  await page.getByRole('textbox', { name: 'Claim text' }).waitFor();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
  const node = page.locator('.react-flow__node-claim', { hasText: text });
  await node.waitFor();
  return (await node.getAttribute('data-id'))!;
}

const TITLE = 'The Russian Revolution and the Rise of Stalinism (test printing)';

describe('opening your own sources', () => {
  it('opens a PDF of several pages as a work, quotes words from the middle of a page, and the outline cites that page, also after a reload', async () => {
    const { bytes, truth } = await printedPdf(CORPUS.slice(1, 9), { title: TITLE, author: 'Counterpoint test fixtures' });
    expect(truth.pages!.length).toBeGreaterThanOrEqual(4);
    const paragraphs = splitParagraphs(new SourceText(truth.text));
    const { n, label } = paragraphInsideAPage(truth, paragraphs);
    const { page, context, errors } = await emptyMap();
    const claim = await addClaim(page, 'The revolution was prepared by the workers’ movement');

    const dialog = await openAddSource(page);
    await chooseFile(dialog, 'printing.pdf', 'application/pdf', bytes);
    await dialog.getByRole('region', { name: 'Read from printing.pdf' }).waitFor();
    // What the file says about itself fills the title and a draft reference, for the user to check.
    await expect(dialog.getByLabel('Title', { exact: true }).inputValue()).resolves.toBe(TITLE);
    await expect(dialog.getByLabel('Title of the work').inputValue()).resolves.toBe(TITLE);
    await expect(dialog.getByLabel('Authors').inputValue()).resolves.toBe('Counterpoint test fixtures');
    await dialog.getByLabel('Year').fill('2026');
    expect(await seriousViolations(page)).toEqual([]);
    // Nothing is in the map until the user confirms.
    await expect(page.getByRole('combobox', { name: 'Source' }).count()).resolves.toBe(0);
    await dialog.getByRole('button', { name: 'Add source' }).click();
    await dialog.waitFor({ state: 'detached' });

    // The reader shows the work above the text, and where each page begins.
    const work = page.locator('.cp-reader-work');
    await expect(work.textContent()).resolves.toContain('Counterpoint test fixtures');
    await expect(work.locator('cite').textContent()).resolves.toBe(TITLE);
    const breaks = page.locator('.cp-reader__text .cp-page[role="separator"]');
    await expect(breaks.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')))).resolves.toEqual(truth.pages!.map((p) => `Page ${p.label}`));
    expect(await seriousViolations(page)).toEqual([]);
    // The reader's text is the extractor's, paragraph for paragraph, with no page number inside it.
    await expect(page.locator(`.cp-para[data-n="${n}"] .cp-para__text`).textContent()).resolves.toBe(truth.text.slice(paragraphs[n - 1]!.start, paragraphs[n - 1]!.end));

    // Select words from the middle of a paragraph inside a middle page; the bar says the page.
    const text = truth.text.slice(paragraphs[n - 1]!.start, paragraphs[n - 1]!.end);
    const from = text.indexOf(' ', Math.floor(text.length / 3)) + 1;
    const to = text.indexOf(' ', Math.floor((text.length * 2) / 3));
    await nodeEl(page, claim).click();
    await selectInParagraph(page, n, from, to);
    await expect(page.locator('.cp-selection-bar__title').textContent()).resolves.toContain(`p. ${label}`);
    await page.getByRole('button', { name: /States it/ }).click();
    await page.locator('.react-flow__node-passage').waitFor();
    const passage = (await page.locator('.react-flow__node-passage').getAttribute('data-id'))!;
    await expect(nodeEl(page, passage).textContent()).resolves.toContain(`p. ${label}`);
    const exported = await exportMap(page);
    const stored = exported.nodes.find((x) => x.id === passage)! as { quote: string; page?: string };
    expect(stored.quote).toBe(text.slice(from, to));
    expect(stored.page).toBe(label);

    // The outline cites the work with the page, in the tree and the preview; after a reload too.
    const mapKey = new URL(page.url()).searchParams.get('map');
    await page.goto(new URL(`/?map=${mapKey}&view=outline&thesis=${claim}`, page.url()).href);
    await page.getByRole('tree', { name: 'Outline' }).waitFor();
    await waitForCitations(page);
    await expect(treeItem(page, /Passage/).first().locator('.cp-ol-para').textContent()).resolves.toBe(`p. ${label}`);
    const preview = await previewText(page);
    expect(preview).toContain(text.slice(from, to));
    expect(preview).toContain(`(Counterpoint test fixtures 2026, ${label})`);
    await page.getByLabel('Citation style').selectOption('chicago-note-bibliography');
    await waitForCitations(page);
    expect(await previewText(page)).toMatch(new RegExp(`Counterpoint test fixtures, [^\\n]*${label}\\.`));

    // The passage is still anchored after the reload: highlighted in the reader, not flagged.
    await page.getByRole('tab', { name: 'Reader' }).click();
    await page.locator(`[data-starts~="${passage}"]`).waitFor();
    expect(await page.getByRole('img', { name: 'needs review' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('opens a saved web page as text: the article with its headings, metadata as the draft reference, nothing of the page run or rendered', async () => {
    const { page, context, errors } = await emptyMap();
    const hostile = `<!doctype html><html><head><title>Hostile page</title>
<script>window.__pwned = 'head script'; console.error('script ran');</script>
<meta http-equiv="refresh" content="0;url=javascript:window.__pwned='refresh'">
</head><body onload="window.__pwned='onload'">
<article>
<h1>On the party</h1>
<p>The first paragraph <img src="x" onerror="window.__pwned='img'"> stands here.</p>
<p>A <a href="javascript:window.__pwned='link'">link that would run</a> and <b onclick="window.__pwned='b'">bold words</b>.</p>
<iframe src="javascript:parent.__pwned='iframe'"></iframe>
<svg><script>window.__pwned='svg'</script></svg>
<p>&lt;script&gt;window.__pwned='escaped'&lt;/script&gt; is only text.</p>
<script>window.__pwned = 'body script';</script>
</article></body></html>`;
    const dialog = await openAddSource(page);
    await chooseFile(dialog, 'hostile.html', 'text/html', hostile);
    await dialog.getByRole('region', { name: 'Read from hostile.html' }).waitFor();
    await dialog.getByText('SOURCE_MARKUP_DROPPED').waitFor();
    await dialog.getByRole('button', { name: 'Add source' }).click();
    await page.locator('.cp-para').first().waitFor();
    const paras = await page.locator('.cp-para__text').allTextContents();
    expect(paras).toEqual(['On the party', 'The first paragraph stands here.', 'A link that would run and bold words.', "<script>window.__pwned='escaped'</script> is only text."]);
    expect(await page.locator(['img', 'iframe', 'script', 'a', 'svg', 'b'].map((t) => `.cp-reader__text ${t}`).join(', ')).count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();

    // A saved article: its heading and paragraphs, its citation metadata as the draft reference.
    const article = savedArticle(CORPUS.slice(1, 4));
    await page.getByRole('button', { name: '+ Source' }).click();
    await chooseFile(dialog, 'article.html', 'text/html', article);
    await dialog.getByRole('region', { name: 'Read from article.html' }).waitFor();
    await expect(dialog.getByLabel('Title', { exact: true }).inputValue()).resolves.toBe('The Russian Revolution and the Rise of Stalinism (test page)');
    await expect(dialog.getByLabel('Authors').inputValue()).resolves.toBe('Fixtures, Counterpoint');
    await expect(dialog.getByLabel('Year').inputValue()).resolves.toBe('2026');
    await expect(dialog.getByLabel('Kind of work').inputValue()).resolves.toBe('webpage');
    await dialog.getByRole('button', { name: 'Add source' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect(page.locator('.cp-para__text').allTextContents()).resolves.toEqual(['The Russian Revolution and the Rise of Stalinism', ...CORPUS.slice(1, 4)]);
    await expect(page.locator('.cp-reader-work').textContent()).resolves.toContain('Counterpoint Fixtures');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reads a Markdown file as text, and links it to a work imported from a BibTeX file, one undo step for both', async () => {
    const { page, context, errors } = await emptyMap();
    const dialog = await openAddSource(page);
    await chooseFile(dialog, 'notes.md', 'text/markdown', '---\ntitle: Reading notes\n---\n\n# On *permanent* revolution\n\nA [first](https://example.org) paragraph of notes.\n');
    await dialog.getByRole('region', { name: 'Read from notes.md' }).waitFor();
    await expect(dialog.getByLabel('Title', { exact: true }).inputValue()).resolves.toBe('Reading notes');
    const bib = '@book{trotsky1930,\n  author = {Trotsky, Leon},\n  title = {The Permanent Revolution},\n  year = {1930}\n}\n';
    const chooser = page.waitForEvent('filechooser');
    await dialog.getByRole('button', { name: 'Import references…' }).click();
    await (await chooser).setFiles({ name: 'trotsky.bib', mimeType: 'application/x-bibtex', buffer: Buffer.from(bib) });
    await page.waitForFunction(() => [...document.querySelectorAll('option')].some((o) => o.selected && o.textContent?.includes('The Permanent Revolution')));
    await dialog.getByRole('button', { name: 'Add source' }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect(page.locator('.cp-para__text').allTextContents()).resolves.toEqual(['On permanent revolution', 'A first paragraph of notes.']);
    await expect(page.locator('.cp-reader-work').textContent()).resolves.toContain('Leon Trotsky, The Permanent Revolution (1930)');
    const map = (await exportMap(page)) as unknown as { references: { id: string; title: string }[]; sources: { ref?: string; media?: string }[] };
    expect(map.references).toEqual([expect.objectContaining({ id: 'trotsky1930', title: 'The Permanent Revolution' })]);
    expect(map.sources[0]).toMatchObject({ ref: 'trotsky1930', media: 'text/markdown' });
    // The source and its new reference are one step.
    await page.keyboard.press('Control+z');
    await page.getByText('This map quotes no source yet.', { exact: false }).waitFor();
    expect(((await exportMap(page)) as unknown as { references: unknown[] }).references).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('refuses a bad file with its coded problem and leaves the map as it was', async () => {
    const { page, context, errors } = await emptyMap();
    const before = await exportMap(page);
    const one = [{ lines: [{ text: 'A page of text.', y: 700 }] }];
    const cases: [string, string, Uint8Array | string, string][] = [
      ['secret.pdf', 'application/pdf', makePdf({ pages: one, encrypted: true }), 'PDF_ENCRYPTED'],
      ['scan.pdf', 'application/pdf', makePdf({ pages: [{ lines: [], box: true }, { lines: [], box: true }] }), 'PDF_NO_TEXT'],
      ['broken.pdf', 'application/pdf', '%PDF-1.4\n1 0 obj << /Type /Catalog', 'PDF_CORRUPT'],
      ['empty.pdf', 'application/pdf', '', 'SOURCE_EMPTY'],
      ['notes.txt', 'text/plain', new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0, 0x14, 0, 0, 0, 1, 2, 3]), 'SOURCE_BINARY'],
    ];
    const dialog = await openAddSource(page);
    for (const [name, type, bytes, code] of cases) {
      await chooseFile(dialog, name, type, bytes);
      const notice = page.getByRole('alertdialog', { name: `${name} could not be opened` });
      await notice.waitFor();
      await expect(notice.locator('code').first().textContent()).resolves.toBe(code);
      await expect(notice.textContent()).resolves.toContain('the map was not changed');
      await notice.getByRole('button', { name: 'OK' }).click();
      await notice.waitFor({ state: 'detached' });
      // Back at the start of the dialog, nothing half-added.
      await dialog.getByRole('button', { name: 'Open a file…' }).waitFor();
    }
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    expect(await exportMap(page)).toEqual(before);
    await expect(page.getByRole('button', { name: 'Undo' }).isDisabled()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps a long text in the browser by hash: read back after a reload, embedded by Export map, written under sources/ in the .zip, and restored in another browser from the same file', async () => {
    const { longBookPdf } = await import('../../src/formats/sources/testing/longBook');
    const bytes = longBookPdf(48);
    const truth = await extractSource({ name: 'long-book.pdf', bytes }, { pdfjs: nodePdfJs });
    if (!truth.ok) throw new Error('the long book does not read');
    expect(truth.source.text.length).toBeGreaterThan(STORE_IN_BROWSER_ABOVE);
    const { page, context, errors } = await emptyMap();
    const dialog = await openAddSource(page);
    await chooseFile(dialog, 'long-book.pdf', 'application/pdf', bytes);
    await dialog.getByRole('region', { name: 'Read from long-book.pdf' }).waitFor();
    await dialog.getByLabel('Reference', { exact: true }).selectOption('none');
    await dialog.getByRole('button', { name: 'Add source' }).click();
    await dialog.waitFor({ state: 'detached' });
    await selectInParagraph(page, 3, 0, 40);
    await page.getByRole('button', { name: 'Unlinked' }).click();
    await page.locator('.react-flow__node-passage').waitFor();
    const passage = (await page.locator('.react-flow__node-passage').getAttribute('data-id'))!;

    await page.reload();
    await page.getByRole('tab', { name: 'Reader' }).click();
    await page.locator(`[data-starts~="${passage}"]`).waitFor();
    expect(await page.getByRole('img', { name: 'needs review' }).count()).toBe(0);

    // Export map: one file that stands alone, the text in it.
    const exported = (await exportMap(page)) as unknown as { sources: Record<string, unknown>[] };
    expect(exported.sources[0]).toMatchObject({ text: truth.source.text, hash: textHash(truth.source.text), media: 'application/pdf' });
    expect(exported.sources[0]!.stored).toBeUndefined();
    // The .zip: the map naming its text under sources/, and that file.
    const download = page.waitForEvent('download');
    await runFromPalette(page, 'Export map with its source files');
    const zip = unzipSync(readFileSync(await (await download).path()));
    const mapFile = Object.keys(zip).find((k) => k.endsWith('.map.json'))!;
    const zipped = JSON.parse(strFromU8(zip[mapFile]!)) as { sources: { file: string }[] };
    expect(strFromU8(zip[zipped.sources[0]!.file]!)).toBe(truth.source.text);
    expect(zipped.sources[0]!.file).toMatch(/^sources\/[\w.-]+\.txt$/);
    expect(errors).toEqual([]);
    await context.close();

    // In another browser, the map names the text by hash only: opening the same file again restores it.
    const other = await emptyMap();
    const { text: _text, ...named } = exported.sources[0]!;
    await importFile(other.page, 'long.map.json', JSON.stringify({ ...exported, sources: [{ ...named, stored: 'browser' }] }));
    await other.page.getByRole('tab', { name: 'Reader' }).click();
    const chooser = other.page.waitForEvent('filechooser');
    await other.page.getByRole('button', { name: 'Open the file again…' }).click();
    await (await chooser).setFiles({ name: 'long-book.pdf', mimeType: 'application/pdf', buffer: Buffer.from(bytes) });
    await other.page.locator(`[data-starts~="${passage}"]`).waitFor();
    expect(other.errors).toEqual([]);
    await other.context.close();
  });

  it('reads a long PDF in the background with its progress, and Cancel stops it with nothing added', async () => {
    const { longBookPdf } = await import('../../src/formats/sources/testing/longBook');
    const { page, context, errors } = await emptyMap();
    const dialog = await openAddSource(page);
    await chooseFile(dialog, 'long-book.pdf', 'application/pdf', longBookPdf(300));
    const progress = dialog.getByRole('progressbar', { name: 'Reading long-book.pdf' });
    await page.waitForFunction(() => Number(document.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow')) > 0);
    await expect(progress.getAttribute('aria-valuemax')).resolves.toBe('300');
    await dialog.getByRole('button', { name: 'Cancel reading' }).click();
    await dialog.getByRole('button', { name: 'Open a file…' }).waitFor();
    await page.waitForTimeout(300);
    await expect(dialog.getByRole('region', { name: /Read from/ }).count()).resolves.toBe(0);
    await dialog.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Undo' }).isDisabled()).resolves.toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});
