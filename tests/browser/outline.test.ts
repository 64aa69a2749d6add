import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { inlineText, parseMarkdown, type Block } from '../../src/formats/outline/markdownParse';
import { useBrowser, openApp } from './support/browser';
import { fixtureMapText, importFile, nodeEl, runFromPalette, seriousViolations, shownNodeIds } from './support/editor';
import { openOutline, preview, previewText, treeItem, waitForCitations } from './support/outline';

const MAP = JSON.parse(readFileSync(new URL('../../maps/getting-started.map.json', import.meta.url), 'utf8')) as { nodes: { id: string; kind: string; quote?: string }[] };
const quoteOf = (id: string) => MAP.nodes.find((n) => n.id === id)!.quote!;

const browser = useBrowser();

/** Where two texts first appear in the preview, to compare their order. */
async function order(page: Page, ...texts: string[]): Promise<number[]> {
  const text = await previewText(page);
  return texts.map((t) => {
    const at = text.indexOf(t);
    if (at < 0) throw new Error(`"${t}" is not in the preview`);
    return at;
  });
}

describe('the outline view', () => {
  it('reorders with the keyboard, announces the move, and keeps the order after a reload', async () => {
    const { page, context, errors } = await openOutline(browser(), 'stages-theory');
    const [lenin, lowy] = ['Objection: Lenin, 1905', 'Objection: Löwy: stagist'];
    let [a, b] = await order(page, lenin, lowy);
    expect(a).toBeLessThan(b!);

    await treeItem(page, /Lenin, 1905: the liberals/).focus();
    await page.keyboard.press('Alt+ArrowDown');
    await page.getByRole('status').filter({ hasText: /Moved Objection “Lenin, 1905.*place 2 of 3 in Counter-arguments/ }).waitFor();
    await page.waitForFunction(() => {
      const t = document.querySelector('[data-testid="outline-preview"]')!.textContent!;
      return t.indexOf('Objection: Löwy') < t.indexOf('Objection: Lenin, 1905');
    });
    // The item keeps the focus, so it can be moved again at once.
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-entry-id'))).resolves.toBe('link:attacks:o-lenin-liberals:stages-theory');

    await page.reload();
    await waitForCitations(page);
    [a, b] = await order(page, lenin, lowy);
    expect(b).toBeLessThan(a!);
    expect(await treeItem(page, /Lenin, 1905: the liberals/).getAttribute('aria-posinset')).toBe('2');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('reorders by dragging a passage above its siblings, and keeps that after a reload', async () => {
    const { page, context } = await openOutline(browser(), 'stages-theory');
    const [first, last] = [quoteOf('stages-theory-tasks'), quoteOf('stages-theory-p2')];
    let [a, b] = await order(page, first, last);
    expect(a).toBeLessThan(b!);

    const dragged = treeItem(page, /The under-development of Russia/).locator('.cp-ol-row').first();
    const target = treeItem(page, /This tendency—the Mensheviks/).locator('.cp-ol-row').first();
    await dragged.dragTo(target, { targetPosition: { x: 60, y: 3 } });
    await page.waitForFunction(
      ([p1, p4]) => {
        const t = document.querySelector('[data-testid="outline-preview"]')!.textContent!;
        return t.indexOf(p4!) < t.indexOf(p1!);
      },
      [first, last],
    );
    expect(await treeItem(page, /The under-development of Russia/).getAttribute('aria-posinset')).toBe('1');

    await page.reload();
    await waitForCitations(page);
    [a, b] = await order(page, first, last);
    expect(b).toBeLessThan(a!);
    await context.close();
  });

  it('leaves an unchecked item out of the preview, and undo brings it back', async () => {
    const { page, context } = await openOutline(browser(), 'stages-theory');
    expect(await previewText(page)).toContain('Objection: Löwy: stagist strategies ended in defeats');
    const item = treeItem(page, /Löwy: stagist strategies/);
    await item.locator('.cp-ol-check').click();
    await expect(item.getAttribute('aria-checked')).resolves.toBe('false');
    await page.waitForFunction(() => !document.querySelector('[data-testid="outline-preview"]')!.textContent!.includes('Objection: Löwy'));
    // The conclusion counts only what stays in.
    expect(await previewText(page)).toContain('against the 2 counter-arguments');

    // Space on a focused item does the same; Ctrl+Z undoes it.
    await treeItem(page, /Lenin, 1905: the liberals/).focus();
    await page.keyboard.press(' ');
    await page.waitForFunction(() => !document.querySelector('[data-testid="outline-preview"]')!.textContent!.includes('Objection: Lenin, 1905'));
    await page.keyboard.press('Control+z');
    await page.waitForFunction(() => document.querySelector('[data-testid="outline-preview"]')!.textContent!.includes('Objection: Lenin, 1905'));
    expect(await previewText(page)).not.toContain('Objection: Löwy');
    await context.close();
  });

  it('shows a note in the preview as it is typed, and keeps it with the map', async () => {
    const { page, context } = await openOutline(browser(), 'stages-theory');
    await treeItem(page, /Lenin, 1905: the liberals/).focus();
    await page.keyboard.press('n');
    const field = page.getByRole('textbox', { name: /Your note on Objection “Lenin, 1905/ });
    await field.fill('Compare with Two Tactics, ch. 6 <b>not bold</b>');
    await page.waitForFunction(() => document.querySelector('[data-testid="outline-preview"]')!.textContent!.includes('Your note: Compare with Two Tactics, ch. 6 <b>not bold</b>'));
    await page.keyboard.press('Control+Enter');
    await page.getByRole('status').filter({ hasText: 'Note saved on Objection “Lenin, 1905' }).waitFor();
    // Text stays text: no element was made from the note.
    expect(await preview(page).locator('b').count()).toBe(0);

    await page.reload();
    await waitForCitations(page);
    expect(await previewText(page)).toContain('Your note: Compare with Two Tactics, ch. 6 <b>not bold</b>');
    await expect(treeItem(page, /Lenin, 1905: the liberals/).locator('.cp-ol-note').textContent()).resolves.toBe('Compare with Two Tactics, ch. 6 <b>not bold</b>');
    await context.close();
  });

  it('keeps a note still being typed when the page is reloaded', async () => {
    const { page, context } = await openOutline(browser(), 'stages-theory');
    await treeItem(page, /Löwy: stagist strategies/).focus();
    await page.keyboard.press('n');
    await page.getByRole('textbox', { name: /Your note on Objection “Löwy/ }).fill('Check Löwy, ch. 3');
    await page.reload();
    await waitForCitations(page);
    expect(await previewText(page)).toContain('Your note: Check Löwy, ch. 3');
    await context.close();
  });

  it('exports a .md named after the map and thesis whose text is the preview’s, with the passages verbatim and a bibliography', async () => {
    const { page, context } = await openOutline(browser(), 'stages-theory');
    await page.getByLabel('Citation style').selectOption('apa');
    await waitForCitations(page);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export .md' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('getting-started-outline-stages-theory.md');
    const markdown = readFileSync((await file.path())!, 'utf8');

    for (const id of ['stages-theory-tasks', 'stages-theory-liberals-lead', 'stages-theory-p2']) expect(markdown).toContain(`> ${quoteOf(id)} (para. `);
    expect(markdown).toContain('## Bibliography');
    expect(markdown).toContain('- Löwy, M. (1981). *The Politics of Combined and Uneven Development');

    // Copy Markdown puts the same text on the clipboard.
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.getByRole('button', { name: 'Copy Markdown' }).click();
    await page.getByRole('status').filter({ hasText: 'Copied the outline to the clipboard as Markdown.' }).waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(markdown);

    // Every heading, paragraph and quote of the file is in the preview, in the same order.
    const shown = (await previewText(page)).replace(/\s+/g, ' ');
    const pieces = textsOf(parseMarkdown(markdown));
    expect(pieces.length).toBeGreaterThan(20);
    let from = 0;
    for (const piece of pieces) {
      const at = shown.indexOf(piece, from);
      expect(at, piece).toBeGreaterThanOrEqual(0);
      from = at + piece.length;
    }
    await context.close();
  });

  it('exports the map with Ctrl+S while the outline tree has the keyboard', async () => {
    const { page, context } = await openOutline(browser(), 'stages-theory');
    await treeItem(page, /Lenin, 1905: the liberals/).focus();
    const download = page.waitForEvent('download');
    await page.keyboard.press('Control+s');
    expect((await download).suggestedFilename()).toBe('getting-started.map.json');
    await context.close();
  });

  it('selects an item’s node for the details panel, and M shows it on the map', async () => {
    const { page, context } = await openOutline(browser(), 'stages-theory');
    await treeItem(page, /Löwy: stagist strategies/).locator('.cp-ol-label').click();
    await page.getByRole('article', { name: 'Objection details' }).waitFor();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('node') === 'o-lowy-defeats');
    await expect(treeItem(page, /Löwy: stagist strategies/).getAttribute('aria-selected')).resolves.toBe('true');

    await page.keyboard.press('m');
    await nodeEl(page, 'o-lowy-defeats').and(page.locator('.selected')).waitFor();
    expect(new URL(page.url()).searchParams.get('view')).toBeNull();
    await context.close();
  });
});

/** The text of each heading, paragraph and list item's first line, as the reader sees it. */
function textsOf(blocks: readonly Block[]): string[] {
  return blocks.flatMap((b): string[] => {
    switch (b.type) {
      case 'heading':
      case 'paragraph':
        return [inlineText(b.children).replace(/\s+/g, ' ').replace(/\[(\d+)\]/g, '$1')];
      case 'quote':
        return textsOf(b.children);
      case 'list':
        return b.items.flatMap((item) => textsOf(item));
      case 'footnotes':
        return b.notes.map((n) => inlineText(n.children));
    }
  });
}

describe('loading', () => {
  it('fetches the citation engine and styles only when the outline is opened, and formats in a worker', async () => {
    const { page, context, errors } = await openApp(browser(), '/?map=getting-started');
    const fetched: string[] = [];
    const workers: string[] = [];
    page.on('request', (r) => fetched.push(new URL(r.url()).pathname));
    page.on('worker', (w) => workers.push(new URL(w.url()).pathname));
    await page.locator('.react-flow__node').first().waitFor();
    await page.waitForLoadState('networkidle');
    const citationFiles = (paths: string[]) => paths.filter((p) => /citeproc|citations|chicago|apa|modern-language|locales-en/.test(p));
    expect(citationFiles(fetched)).toEqual([]);
    expect(citationFiles(workers)).toEqual([]);

    await page.getByRole('tab', { name: 'Outline' }).click();
    await waitForCitations(page);
    expect(workers.some((w) => /citations\.worker/.test(w))).toBe(true);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('choosing the thesis', () => {
  it('outlines the claim selected on the map with one command, and keeps that thesis while items are clicked', async () => {
    const { page, context, errors } = await openApp(browser(), '/?map=getting-started');
    await shownNodeIds(page);
    // Found and selected by search, as a user would (fitted whole, this map is at the far
    // level, where claims are blocks on one canvas rather than cards).
    await runFromPalette(page, 'The bourgeoisie cannot carry through');
    await nodeEl(page, 'bourgeoisie-cannot-lead').waitFor();
    await expect.poll(() => nodeEl(page, 'bourgeoisie-cannot-lead').getAttribute('class')).toContain('selected');
    await runFromPalette(page, 'Outline an essay from this claim');
    await page.getByRole('tab', { name: 'Outline', selected: true }).waitFor();
    await waitForCitations(page);
    await expect(page.getByRole('combobox', { name: 'Thesis' }).inputValue()).resolves.toBe('The bourgeoisie cannot carry through the democratic revolution');
    expect(await previewText(page)).toContain('Essay outline: The bourgeoisie cannot carry through the democratic revolution');
    expect(new URL(page.url()).searchParams.get('thesis')).toBe('bourgeoisie-cannot-lead');

    await treeItem(page, /Ascher: liberals led the 1905 opposition/).locator('.cp-ol-label').click();
    await page.waitForFunction(() => new URL(location.href).searchParams.get('node') === 'o-ascher-liberals');
    expect(new URL(page.url()).searchParams.get('thesis')).toBe('bourgeoisie-cannot-lead');
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the outline view’s edge states', () => {
  it('says how to begin on a map with no claims', async () => {
    const { page, context, errors } = await openApp(browser(), '/?map=getting-started');
    await page.getByRole('button', { name: 'File', exact: true }).click();
    await page.getByRole('menuitem', { name: /New map/ }).click();
    await page.getByRole('tab', { name: 'Outline' }).click();
    await page.getByRole('heading', { name: 'No claim to outline yet' }).waitFor();
    await page.getByRole('button', { name: 'Go to the map' }).click();
    await page.locator('.react-flow').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('flags a thesis with no evidence, and shows where the depth limit cut', async () => {
    const { page, context } = await openOutline(browser(), 'o-lenin-liberals');
    await page.getByText('No evidence yet:').waitFor();
    await page.getByRole('button', { name: 'Open the reader' }).click();
    await page.getByRole('tab', { name: 'Reader', selected: true }).waitFor();

    await page.getByRole('combobox', { name: 'Thesis' }).fill('liberal bourgeoisie must');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('thesis') === 'stages-theory');
    await page.getByLabel('Depth').selectOption('1');
    await treeItem(page, /bourgeoisie cannot carry through/).first().locator('.cp-ol-badge--cut', { hasText: '1 more below depth 1' }).waitFor();
    await page.waitForFunction(() => document.querySelector('[data-testid="outline-preview"]')!.textContent!.includes('Depth limit reached (1 level): 1 further point is not shown.'));
    await context.close();
  });

  it('flags a passage whose quote only approximately matches its source, in the tree and the preview', async () => {
    const { page, context } = await openApp(browser(), '/?map=getting-started');
    const map = JSON.parse(fixtureMapText('fuzzy-outline', 'Fuzzy outline')) as { nodes: { id: string; quote?: string }[] };
    const passage = map.nodes.find((n) => n.id === 'p1')!;
    passage.quote = passage.quote!.replace('revolutionary role', 'revolutionary part');
    await importFile(page, 'fuzzy-outline.map.json', JSON.stringify(map));
    await nodeEl(page, 'p1').waitFor();
    await page.getByRole('tab', { name: 'Outline' }).click();
    await treeItem(page, /revolutionary part/).locator('.cp-ol-badge--review', { hasText: 'needs review' }).waitFor();
    // An objection with neither a passage nor a work to cite is flagged too.
    await expect(treeItem(page, /Liberals led 1905/).textContent()).resolves.toContain('no evidence yet');
    await page.waitForFunction(() =>
      /revolutionary part against Tsarism\. \(para\. \d+\) \(this quote needs review: it matches the source only approximately\)/.test(
        document.querySelector('[data-testid="outline-preview"]')!.textContent!,
      ),
    );
    await context.close();
  });
});

describe('the outline view for every reader', () => {
  it('moves through the tree with arrow keys and folds branches', async () => {
    const { page, context } = await openOutline(browser(), 'stages-theory');
    const thesis = treeItem(page, /^Thesis The liberal bourgeoisie must lead/);
    await thesis.focus();
    await page.keyboard.press('ArrowDown');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-entry-id'))).resolves.toBe('link:states:stages-theory-tasks:stages-theory');
    await page.keyboard.press('ArrowLeft');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-entry-id'))).resolves.toBe('node:stages-theory');
    await page.keyboard.press('ArrowLeft');
    await expect(thesis.getAttribute('aria-expanded')).resolves.toBe('false');
    await page.keyboard.press('ArrowDown');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-entry-id'))).resolves.toBe('section:arguments');
    // The Thesis is fixed at the top: Alt+Up on the first section moves nothing.
    await page.keyboard.press('Alt+ArrowUp');
    await expect(treeItem(page, /^Arguments for/).getAttribute('aria-posinset')).resolves.toBe('1');
    await context.close();
  });

  it('has no serious or critical accessibility violations, with the thesis list and a note editor open too', async () => {
    const { page, context, errors } = await openOutline(browser(), 'stages-theory');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('combobox', { name: 'Thesis' }).click();
    await page.getByRole('listbox', { name: 'Claims and objections' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await treeItem(page, /Löwy: stagist strategies/).focus();
    await page.keyboard.press('n');
    await page.getByRole('textbox', { name: /Your note on/ }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('prints the essay alone, flowing over pages, without toolbars or the tree', async () => {
    const { page, context } = await openOutline(browser(), 'stages-theory');
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.cp-toolbar').isVisible()).toBe(false);
    expect(await page.getByRole('tree', { name: 'Outline' }).isVisible()).toBe(false);
    expect(await page.getByLabel('Citation style').isVisible()).toBe(false);
    expect(await preview(page).isVisible()).toBe(true);
    // The page is as long as the essay, not a window with a scroll box in it.
    const [page_, paper] = await page.evaluate(() => [document.documentElement.scrollHeight, document.querySelector('[data-testid="outline-preview"]')!.scrollHeight]);
    expect(page_).toBeGreaterThanOrEqual(paper!);
    expect(paper).toBeGreaterThan(900);
    await context.close();
  });
});
