import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { loadMapFile } from '../../src/cli/io';
import { compareMap, orderByPeriod, shiftsOf, timelineOf, type Comparison } from '../../src/domain/compare';
import type { ArgumentMap } from '../../src/domain/schema/map';
import { comparisonToCsv, comparisonToMarkdown, CSV_COLUMNS } from '../../src/formats/compare';
import { useBrowser, openApp } from './support/browser';
import { seriousViolations } from './support/editor';

const ROOT = join(import.meta.dirname, '..', '..');
const CHOSEN = ['mensheviks', 'bolsheviks-1905', 'trotsky-1905'];

/** The default map as the command line reads it, and its comparison worked out by the domain: what the view must show. */
function expected(): { map: ArgumentMap; comparison: Comparison } {
  const loaded = loadMapFile(join(ROOT, 'maps/permanent-revolution.map.json'));
  if (!loaded.ok) throw new Error('permanent-revolution does not load');
  const result = compareMap(loaded.map, CHOSEN, { anchors: loaded.anchors });
  if (!result.ok) throw new Error('comparison refused');
  return { map: loaded.map, comparison: result.comparison };
}

const browser = useBrowser();

const matrix = (page: Page) => page.getByRole('table', { name: /on each question of/ });

async function openMatrix(path = `/?map=permanent-revolution&view=compare&positions=${CHOSEN.join(',')}`) {
  const opened = await openApp(browser(), path);
  await matrix(opened.page).waitFor();
  return opened;
}

describe('the comparison matrix', () => {
  it('sets out questions against the chosen positions, with claims, gaps, agreement and the overall line', async () => {
    const { comparison } = expected();
    const { page, context, errors } = await openMatrix();
    const table = matrix(page);
    const columns = await table.locator('thead th[scope="col"]').allTextContents();
    expect(columns).toHaveLength(1 + comparison.positions.length);
    comparison.positions.forEach((p, i) => expect(columns[i + 1]).toContain(p.label));
    const rows = table.locator('tbody tr');
    await expect(rows.count()).resolves.toBe(comparison.rows.length);
    await expect(table.locator('tbody th[scope="row"]').count()).resolves.toBe(comparison.rows.length);

    const shown = await rows.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')));
    for (const [i, row] of comparison.rows.entries()) {
      const [head, ...cells] = shown[i]!;
      expect(head).toContain(row.question.text);
      expect(head).toContain(row.agreement.summary.replace(/^[^:]+:\s*/, ''));
      for (const [j, cell] of row.cells.entries()) {
        if (!cell.stated) expect(cells[j]).toBe('no stated position');
        else for (const claim of cell.claims) expect(cells[j]).toContain(claim.label);
      }
    }
    // Gaps show: the map has cells with no stated position among these three.
    const gaps = comparison.rows.flatMap((r) => r.cells).filter((c) => !c.stated).length;
    expect(gaps).toBeGreaterThan(0);
    await expect(table.getByText('no stated position', { exact: true }).count()).resolves.toBe(gaps);
    await expect(page.getByRole('region', { name: 'Overall agreement' }).textContent()).resolves.toContain(comparison.overall.line);
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('selects a claim when clicked (its details open beside the matrix), and shows it on the map', async () => {
    const { comparison } = expected();
    const claim = comparison.rows[0]!.cells[0]!.claims[0]!;
    const { page, context, errors } = await openMatrix();
    await matrix(page).getByRole('button', { name: claim.label }).first().click();
    await page.waitForFunction((id) => new URL(location.href).searchParams.get('node') === id, claim.id);
    const details = page.getByRole('article', { name: 'Claim details' });
    await expect(details.getByRole('textbox', { name: 'Text' }).inputValue()).resolves.toBe(claim.text);

    await matrix(page).getByRole('button', { name: `Show “${claim.label}” on the map` }).first().click();
    await page.locator(`.react-flow__node.selected[data-id="${claim.id}"]`).waitFor();
    await expect(page.getByRole('tab', { name: 'Map' }).getAttribute('aria-selected')).resolves.toBe('true');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('adds and removes columns with the position chips, remembers them in the URL, and opens on a default pair', async () => {
    const { page, context } = await openApp(browser(), '/?map=permanent-revolution&view=compare');
    await matrix(page).waitFor();
    // No choice yet: a default pair, written to the URL so a link reopens it.
    await page.waitForFunction(() => (new URL(location.href).searchParams.get('positions') ?? '').split(',').length === 2);
    const chips = page.getByRole('group', { name: 'Positions' });
    const pressed = () => chips.locator('button[aria-pressed="true"]').count();
    await expect(pressed()).resolves.toBe(2);
    await chips.getByRole('button', { name: /^Lenin, from April 1917/ }).click();
    await expect(pressed()).resolves.toBe(3);
    await page.waitForFunction(() => new URL(location.href).searchParams.get('positions')!.endsWith(',lenin-april-1917'));
    await expect(matrix(page).locator('thead th[scope="col"]').last().textContent()).resolves.toContain('Lenin, from April 1917');

    await page.reload();
    await matrix(page).waitFor();
    await expect(matrix(page).locator('thead th[scope="col"]').count()).resolves.toBe(4);
    await chips.getByRole('button', { name: /^Lenin, from April 1917/ }).click();
    await expect(matrix(page).locator('thead th[scope="col"]').count()).resolves.toBe(3);
    await context.close();
  });
});

describe('exporting the comparison', () => {
  it('downloads Markdown and CSV and copies the Markdown table, all as the command line writes them', async () => {
    const { comparison } = expected();
    const { page, context, errors } = await openMatrix();
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);

    const md = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download Markdown' }).click();
    const mdFile = await md;
    expect(mdFile.suggestedFilename()).toBe('permanent-revolution-comparison.md');
    const markdown = readFileSync((await mdFile.path())!, 'utf8');
    expect(markdown).toBe(comparisonToMarkdown(comparison));
    expect(markdown.split('\n').filter((l) => l.startsWith('|'))).toHaveLength(2 + comparison.rows.length);

    const csv = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download CSV' }).click();
    const csvFile = await csv;
    expect(csvFile.suggestedFilename()).toBe('permanent-revolution-comparison.csv');
    const text = readFileSync((await csvFile.path())!, 'utf8');
    expect(text.split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
    expect(text).toBe(comparisonToCsv(comparison));

    await page.getByRole('button', { name: 'Copy Markdown' }).click();
    await page.getByRole('status').filter({ hasText: 'Markdown table copied.' }).waitFor();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(markdown);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('the timeline', () => {
  it('orders the chosen positions by period and marks where an answer breaks with the one before it', async () => {
    const { map } = expected();
    const chosen = ['lenin-april-1917', 'mensheviks', 'bolsheviks-1905', 'bolshevik-leaders-march-1917'];
    const { page, context, errors } = await openApp(browser(), `/?map=permanent-revolution&view=compare&compare=timeline&positions=${chosen.join(',')}`);
    const table = page.getByRole('table', { name: /in order of period/ });
    await table.waitFor();
    const heads = await table.locator('thead th[scope="col"]').allTextContents();
    const order = orderByPeriod(map.positions.filter((p) => chosen.includes(p.id)));
    expect(heads.slice(1).map((h, i) => h.includes(order[i]!.label))).toEqual(order.map(() => true));

    const shifts = shiftsOf(timelineOf(map, chosen));
    expect(shifts.length).toBeGreaterThan(0);
    await expect(page.locator('.cp-shifts summary').textContent()).resolves.toContain(`${shifts.length} break${shifts.length === 1 ? '' : 's'} with the answer before`);
    const columnOf = (id: string) => order.findIndex((p) => p.id === id);
    for (const shift of shifts) {
      const cell = table.locator(`tbody tr[data-question="${shift.questionId}"] td`).nth(columnOf(shift.to));
      await expect(cell.textContent()).resolves.toContain(`${shift.status === 'mixed' ? 'Partly breaks with' : 'Breaks with'}`);
    }
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('a map that is not ready to compare', () => {
  it('says what is missing and how to add it', async () => {
    const { page, context, errors } = await openApp(browser(), '/?map=getting-started');
    await page.getByRole('button', { name: 'File', exact: true }).click();
    await page.getByRole('menuitem', { name: /New map/ }).click();
    await page.getByRole('combobox', { name: 'Map' }).locator('option', { hasText: 'Untitled' }).first().waitFor({ state: 'attached' });
    await page.getByRole('tab', { name: 'Compare' }).click();
    const guide = page.getByRole('region', { name: 'Compare positions side by side' });
    await expect(guide.textContent()).resolves.toMatch(/Two positions or more: this map has 0.*New position….*A question they answer: this map has 0/s);
    await guide.getByRole('button', { name: 'New claim' }).click();
    await page.getByRole('textbox', { name: 'Claim text' }).waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
