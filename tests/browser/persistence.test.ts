import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useBrowser, openApp } from './support/browser';
import { dragNode, fixtureMapText, flowPosition, importFile, nodeEl, shownNodeIds, stillView } from './support/editor';

const ROOT = join(import.meta.dirname, '..', '..');

const browser = useBrowser();

describe('undo, autosave and reload', () => {
  it('keeps a dragged node in place after a reload; undo and redo move it back and forth', async () => {
    const { page, context, errors } = await openApp(browser(), '/?map=getting-started');
    const [id] = await shownNodeIds(page);
    const before = await flowPosition(page, id!);
    await dragNode(page, id!, 120, 80);
    const moved = await flowPosition(page, id!);
    expect(moved.x).toBeGreaterThan(before.x + 50);

    await page.keyboard.press('Control+z');
    await page.waitForFunction(([nodeId, x]) => document.querySelector(`.react-flow__node[data-id="${nodeId}"]`)!.getAttribute('style')!.includes(`translate(${x}px`), [id!, before.x] as const);
    expect(await flowPosition(page, id!)).toEqual(before);
    await page.keyboard.press('Control+y');
    await page.waitForFunction(([nodeId, x]) => document.querySelector(`.react-flow__node[data-id="${nodeId}"]`)!.getAttribute('style')!.includes(`translate(${x}px`), [id!, moved.x] as const);

    await stillView(page);
    const onScreen = (await nodeEl(page, id!).boundingBox())!;
    await page.reload();
    await shownNodeIds(page);
    expect(await flowPosition(page, id!)).toEqual(moved);
    // The view comes back as it was left, so the node is where the user last saw it.
    await stillView(page);
    const after = (await nodeEl(page, id!).boundingBox())!;
    expect(Math.abs(after.x - onScreen.x) + Math.abs(after.y - onScreen.y)).toBeLessThan(2);
    // The map picker marks the default as edited.
    await page.getByRole('combobox', { name: 'Map' }).locator('option', { hasText: '(edited)' }).waitFor({ state: 'attached' });
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps the undo history across reloads: a drag is undone and redone after a reload, a deletion undone with its links', async () => {
    const { page, context, errors } = await openApp(browser(), '/?map=getting-started');
    const [id] = await shownNodeIds(page);
    const at = (x: number) =>
      page.waitForFunction(([nodeId, left]) => document.querySelector(`.react-flow__node[data-id="${nodeId}"]`)?.getAttribute('style')?.includes(`translate(${left}px`), [id!, x] as const);
    const before = await flowPosition(page, id!);
    await dragNode(page, id!, 120, 80);
    const moved = await flowPosition(page, id!);
    expect(moved.x).toBeGreaterThan(before.x + 50);
    await page.reload();
    await shownNodeIds(page);
    expect(await flowPosition(page, id!)).toEqual(moved);
    await page.keyboard.press('Control+z');
    await at(before.x);
    await page.keyboard.press('Control+Shift+z');
    await at(moved.x);
    await page.keyboard.press('Control+z');
    await at(before.x);
    await page.keyboard.press('Control+y');
    await at(moved.x);
    await page.reload();
    await shownNodeIds(page);
    expect(await flowPosition(page, id!)).toEqual(moved);
    await expect(page.getByRole('button', { name: 'Undo' }).isEnabled()).resolves.toBe(true);

    // A claim and its links, deleted, come back after a reload by undo.
    const claim = page.locator('.react-flow__node-claim').first();
    const claimId = (await claim.getAttribute('data-id'))!;
    const label = (await claim.getAttribute('aria-label'))!;
    const links = () => page.locator('.react-flow__edge').evaluateAll((els, l) => els.filter((e) => (e.getAttribute('aria-label') ?? '').includes(l)).length, `“${label.replace(/^[^:]*:\s*/, '').slice(0, 30)}`);
    const linked = await links();
    expect(linked).toBeGreaterThan(0);
    await claim.click();
    await page.keyboard.press('Delete');
    await nodeEl(page, claimId).waitFor({ state: 'detached' });
    await stillView(page);
    await page.reload();
    await shownNodeIds(page);
    expect(await nodeEl(page, claimId).count()).toBe(0);
    await page.keyboard.press('Control+z');
    await nodeEl(page, claimId).waitFor();
    await stillView(page);
    expect(await links()).toBe(linked);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('keeps a text edit made just before closing the page (flushed on pagehide)', async () => {
    const { page, context } = await openApp(browser(), '/?map=getting-started');
    await shownNodeIds(page);
    const claim = page.locator('.react-flow__node-claim').first();
    const id = (await claim.getAttribute('data-id'))!;
    await claim.dblclick();
    await page.getByRole('textbox', { name: 'Claim text' }).fill('Edited right before a reload');
    await page.keyboard.press('Enter');
    await page.reload();
    await shownNodeIds(page);
    await nodeEl(page, id).click();
    await expect(page.getByRole('article', { name: 'Claim details' }).getByRole('textbox', { name: 'Text' }).inputValue()).resolves.toBe('Edited right before a reload');
    await context.close();
  });

  it('returns an edited default map to its pristine state with "Reset to default"', async () => {
    const { page, context } = await openApp(browser(), '/?map=getting-started');
    const [id] = await shownNodeIds(page);
    const before = await flowPosition(page, id!);
    await dragNode(page, id!, 100, 0);
    page.once('dialog', (d) => void d.accept());
    await page.getByRole('button', { name: 'File', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Reset to default' }).click();
    await page.waitForFunction(([nodeId, x]) => document.querySelector(`.react-flow__node[data-id="${nodeId}"]`)!.getAttribute('style')!.includes(`translate(${x}px`), [id!, before.x] as const);
    await page.reload();
    await shownNodeIds(page);
    expect(await flowPosition(page, id!)).toEqual(before);
    // The reset discarded the stored history: nothing to undo after the reload.
    await expect(page.getByRole('button', { name: 'Undo' }).isDisabled()).resolves.toBe(true);
    await context.close();
  });
});

describe('import and export', () => {
  it('refuses a bad file with its coded problems and leaves the open map exactly as it was', async () => {
    const { page, context, errors } = await openApp(browser(), '/?map=getting-started');
    const ids = await shownNodeIds(page);
    const title = await page.getByRole('combobox', { name: 'Map' }).inputValue();
    const bad = readFileSync(join(ROOT, 'tests/fixtures/broken/dangling-edge.map.json'), 'utf8');
    await importFile(page, 'dangling-edge.map.json', bad);
    const dialog = page.getByRole('alertdialog', { name: 'dangling-edge.map.json could not be imported' });
    await dialog.waitFor();
    const rows = await dialog.locator('tbody tr').allTextContents();
    expect(rows.some((r) => r.includes('DANGLING_EDGE') && r.includes('$.edges[1].to'))).toBe(true);
    await dialog.getByRole('button', { name: 'OK' }).click();
    expect(await page.getByRole('combobox', { name: 'Map' }).inputValue()).toBe(title);
    expect(await shownNodeIds(page)).toEqual(ids);
    await expect(page.getByRole('button', { name: 'Undo' }).isDisabled()).resolves.toBe(true);

    await importFile(page, 'not-json.map.json', '{"format": "counterpoint-map", "nodes": [');
    await page.getByRole('alertdialog').getByText('JSON_INVALID').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('imports a good file as a new map that survives a reload', async () => {
    const { page, context, errors } = await openApp(browser(), '/?map=getting-started');
    await shownNodeIds(page);
    await importFile(page, 'fixture.map.json', fixtureMapText());
    await page.waitForFunction(() => new URL(location.href).searchParams.get('map') === 'fixture-debate');
    await page.waitForFunction(() => document.querySelectorAll('.react-flow__node').length === 6);
    expect((await shownNodeIds(page)).sort()).toEqual(['c1', 'c2', 'n1', 'o1', 'p1', 'w1']);
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('.react-flow__node').length === 6);
    expect((await shownNodeIds(page)).sort()).toEqual(['c1', 'c2', 'n1', 'o1', 'p1', 'w1']);
    await expect(page.getByRole('combobox', { name: 'Map' }).locator('optgroup[label="In this browser"] option').allTextContents()).resolves.toEqual(['Fixture debate']);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('exports a map file that `counterpoint validate` accepts, with the edits in it', async () => {
    const { page, context } = await openApp(browser(), '/?map=getting-started');
    await shownNodeIds(page);
    await page.keyboard.press('c');
    await page.keyboard.type('A claim added before export');
    await page.keyboard.press('Enter');
    const download = page.waitForEvent('download');
    await page.keyboard.press('Control+s');
    const file = await download;
    expect(file.suggestedFilename()).toBe('getting-started.map.json');
    // Validate it beside the bundled source text, as a map under maps/ would be.
    const dir = mkdtempSync(join(tmpdir(), 'cp-export-'));
    try {
      mkdirSync(join(dir, 'sources'));
      copyFileSync(join(ROOT, 'maps/sources/rrs.txt'), join(dir, 'sources/rrs.txt'));
      const target = join(dir, 'exported.map.json');
      await file.saveAs(target);
      const out = execFileSync(join(ROOT, 'bin/counterpoint'), ['validate', target], { encoding: 'utf8' });
      expect(out).toMatch(/OK|valid/i);
      const saved = JSON.parse(readFileSync(target, 'utf8')) as { nodes: { text?: string }[] };
      expect(saved.nodes.some((n) => n.text === 'A claim added before export')).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    await context.close();
  });
});
