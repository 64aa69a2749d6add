import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser, openApp } from './support/browser';
import { nodeEl, seriousViolations, shownNodeIds } from './support/editor';

const browser = useBrowser();

/** How many records an IndexedDB store of the app's database holds, read from the page. */
function countIn(page: Page, store: string): Promise<number> {
  return page.evaluate(
    (name) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('counterpoint');
        open.onsuccess = () => {
          const request = open.result.transaction(name, 'readonly').objectStore(name).count();
          request.onsuccess = () => {
            open.result.close();
            resolve(request.result);
          };
          request.onerror = () => reject(request.error);
        };
        open.onerror = () => reject(open.error);
      }),
    store,
  );
}

async function editClaim(page: Page, text: string): Promise<string> {
  const claim = page.locator('.react-flow__node-claim').first();
  const id = (await claim.getAttribute('data-id'))!;
  await claim.dblclick();
  await page.getByRole('textbox', { name: 'Claim text' }).fill(text);
  await page.keyboard.press('Enter');
  await expect.poll(() => nodeEl(page, id).textContent()).toContain(text);
  return id;
}

async function openVersions(page: Page) {
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: /^Versions…/ }).click();
  const dialog = page.getByRole('dialog', { name: /^Versions of/ });
  await dialog.getByRole('list', { name: 'Earlier versions' }).getByRole('listitem').first().waitFor();
  return dialog;
}

describe('earlier versions', () => {
  it('restores the version kept on open from File > Versions…, and Ctrl+Z undoes the restore', async () => {
    const { page, context, errors } = await openApp(browser(), '/?map=getting-started');
    await shownNodeIds(page);
    const original = (await page.locator('.react-flow__node-claim').first().textContent())!;
    // The snapshot on open is written when the browser is idle.
    await expect.poll(() => countIn(page, 'versions')).toBe(1);
    const id = await editClaim(page, 'A regretted edit');

    const dialog = await openVersions(page);
    const rows = dialog.getByRole('list', { name: 'Earlier versions' }).locator(':scope > li');
    expect(await rows.count()).toBe(1);
    // The oldest row is the version kept when the map was opened.
    const row = rows.last();
    await expect(row.locator('time').textContent()).resolves.toMatch(/\d/);
    await expect(row.textContent()).resolves.toMatch(/\d+ nodes/);
    await expect(row.textContent()).resolves.toMatch(/1 changed/);
    // The preview shows the version's claims, read-only, with the claim as it was.
    await row.getByRole('button', { name: 'Preview', exact: true }).click();
    await expect(row.getByRole('region', { name: 'Preview (read-only)' }).textContent()).resolves.not.toContain('A regretted edit');
    await page.screenshot({ path: 'tests/.artifacts/versions-dialog.png' });
    expect(await seriousViolations(page)).toEqual([]);
    await row.getByRole('button', { name: 'Restore', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await expect.poll(() => nodeEl(page, id).textContent()).not.toContain('A regretted edit');

    // One step: undo brings back the map as it was before the restore.
    await page.keyboard.press('Control+z');
    await expect.poll(() => nodeEl(page, id).textContent()).toContain('A regretted edit');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'All changes saved' }).count()).toBe(1);
    await page.reload();
    await shownNodeIds(page);
    await expect(nodeEl(page, id).textContent()).resolves.toContain('A regretted edit');
    expect(original).not.toContain('A regretted edit');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('sets a corrupted autosave aside in quarantine and opens the last good version', async () => {
    const { page, context, errors } = await openApp(browser(), '/?map=getting-started');
    await shownNodeIds(page);
    const id = await editClaim(page, 'A good edit');
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'All changes saved' }).count()).toBe(1);
    // The reload keeps the edited map as a version on open.
    await page.reload();
    await shownNodeIds(page);
    await expect.poll(() => countIn(page, 'versions')).toBe(2);

    // A saved record a newer build (or a disk fault) could leave: the loader refuses it.
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('counterpoint');
          open.onsuccess = () => {
            const tx = open.result.transaction('maps', 'readwrite');
            tx.objectStore('maps').put({ key: 'getting-started', origin: 'bundled', title: 'Broken', savedAt: Date.now(), map: { format: 'counterpoint', version: 999, nodes: 'garbage' } });
            tx.oncomplete = () => {
              open.result.close();
              resolve();
            };
            tx.onerror = () => reject(tx.error);
          };
        }),
    );
    await page.reload();
    const alert = page.getByRole('alertdialog', { name: 'Saved changes could not be read' });
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toMatch(/set aside.*last good version/);
    await expect(alert.locator('code').first().textContent()).resolves.toMatch(/^[A-Z_]+$/);
    await alert.getByRole('button', { name: 'OK' }).click();
    await expect(nodeEl(page, id).textContent()).resolves.toContain('A good edit');
    expect(await countIn(page, 'quarantine')).toBe(1);
    expect(errors).toEqual([]);
    await context.close();
  });
});

describe('storage faults', () => {
  it('says changes are not being saved when the browser refuses IndexedDB, and the map stays editable', async () => {
    const context = await browser().newContext({ viewport: { width: 1400, height: 900 } });
    await context.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('The user denied permission to access the database.', 'InvalidStateError');
      };
    });
    const page = await context.newPage();
    await page.goto(new URL('/?map=getting-started', inject('baseURL')).href);
    await shownNodeIds(page);
    const banner = page.getByRole('alert').filter({ hasText: 'Changes are not being saved' });
    await banner.waitFor();
    await expect(banner.textContent()).resolves.toMatch(/private mode.*Export the map to keep your work/);
    await editClaim(page, 'Edited without storage');
    const download = page.waitForEvent('download');
    await banner.getByRole('button', { name: 'Export map' }).click();
    expect((await download).suggestedFilename()).toBe('getting-started.map.json');
    await page.screenshot({ path: 'tests/.artifacts/storage-banner.png' });
    expect(await seriousViolations(page)).toEqual([]);
    await context.close();
  });

  it('shows a full disk on a write, keeps the map editable, and clears when a later save succeeds', async () => {
    const { page, context, errors } = await openApp(browser(), '/?map=getting-started');
    await shownNodeIds(page);
    await page.evaluate(() => {
      const put = IDBObjectStore.prototype.put;
      (window as unknown as { diskFull: boolean }).diskFull = true;
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if ((window as unknown as { diskFull: boolean }).diskFull && this.name === 'maps') throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    });
    await editClaim(page, 'Edit on a full disk');
    const banner = page.getByRole('alert').filter({ hasText: 'Changes are not being saved' });
    await banner.waitFor();
    await expect(banner.textContent()).resolves.toMatch(/storage for Counterpoint is full/);
    await page.evaluate(() => {
      (window as unknown as { diskFull: boolean }).diskFull = false;
    });
    await editClaim(page, 'Edit once there is room');
    await banner.waitFor({ state: 'detached' });
    expect(errors).toEqual([]);
    await context.close();
  });
});
