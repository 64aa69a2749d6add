import { describe, expect, it } from 'vitest';
import { useBrowser, openApp } from './support/browser';
import { centerOf, nodeEl, shownNodeIds, openEmptyMap } from './support/editor';

const browser = useBrowser();

const emptyMap = () => openEmptyMap(browser());

const nodeWithText = (page: import('playwright-core').Page, text: string) => page.locator('.react-flow__node', { hasText: text });

describe('editing on the canvas', () => {
  it('creates a claim by keyboard alone, edits, deletes and restores it', async () => {
    const { page, context, errors } = await emptyMap();
    await page.keyboard.press('c');
    const editor = page.getByRole('textbox', { name: 'Claim text' });
    await editor.waitFor();
    await page.keyboard.type('Only the proletariat can lead');
    await page.keyboard.press('Enter');
    await nodeWithText(page, 'Only the proletariat can lead').waitFor();
    // The new claim is selected and has the keyboard: Enter edits it again.
    await page.keyboard.press('Enter');
    await editor.waitFor();
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Only the working class can lead');
    await page.keyboard.press('Enter');
    await nodeWithText(page, 'Only the working class can lead').waitFor();
    await page.keyboard.press('Delete');
    await page.waitForFunction(() => document.querySelectorAll('.react-flow__node').length === 0);
    await page.keyboard.press('Control+z');
    await nodeWithText(page, 'Only the working class can lead').waitFor();
    await page.keyboard.press('Control+z');
    await nodeWithText(page, 'Only the proletariat can lead').waitFor();
    await page.keyboard.press('Control+Shift+z');
    await nodeWithText(page, 'Only the working class can lead').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });

  it('cancelling a new claim with Escape leaves nothing behind, not even an undo step', async () => {
    const { page, context } = await emptyMap();
    await page.keyboard.press('c');
    await page.getByRole('textbox', { name: 'Claim text' }).waitFor();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelectorAll('.react-flow__node').length === 0);
    await expect(page.getByRole('button', { name: 'Undo' }).isDisabled()).resolves.toBe(true);
    await context.close();
  });

  it('creates nodes from the toolbar, connects them by dragging, edits inline and deletes', async () => {
    const { page, context, errors } = await emptyMap();
    await page.getByRole('button', { name: 'Claim', exact: true }).click();
    await page.keyboard.type('The conclusion');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Claim', exact: true }).click();
    await page.keyboard.type('A reason');
    await page.keyboard.press('Enter');
    const reason = nodeWithText(page, 'A reason');
    const conclusion = nodeWithText(page, 'The conclusion');

    // Drag from the reason's top grip onto the conclusion, then choose the relation.
    const grip = reason.locator('.react-flow__handle[data-handleid="top-source"]');
    await reason.hover();
    const from = await centerOf(grip);
    const to = await centerOf(conclusion);
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= 12; i++) await page.mouse.move(from.x + ((to.x - from.x) * i) / 12, from.y + ((to.y - from.y) * i) / 12);
    await page.mouse.up();
    const menu = page.getByRole('menu', { name: 'Choose the relation' });
    await menu.waitFor();
    // Only relations that make sense between two claims are offered.
    const offered = await menu.getByRole('menuitem').allTextContents();
    expect(offered.join(' | ')).toMatch(/supports/);
    expect(offered.join(' | ')).not.toMatch(/states|assesses/);
    await menu.getByRole('menuitem', { name: /A reason” supports claim “The conclusion/ }).click();
    const edge = page.locator('.react-flow__edge[aria-label*="supports"]');
    await edge.waitFor();
    expect(await edge.getAttribute('aria-label')).toBe('Claim “A reason” supports Claim “The conclusion”');

    // Inline edit by double-click.
    await conclusion.dblclick();
    await page.getByRole('textbox', { name: 'Claim text' }).fill('The edited conclusion');
    await page.keyboard.press('Enter');
    await nodeWithText(page, 'The edited conclusion').waitFor();

    // Delete the reason: its link goes with it; undo brings both back.
    await reason.click();
    await page.keyboard.press('Backspace');
    await page.waitForFunction(() => document.querySelectorAll('.react-flow__node').length === 1);
    expect(await page.locator('.react-flow__edge').count()).toBe(0);
    await page.keyboard.press('Control+z');
    await page.locator('.react-flow__edge[aria-label*="supports"]').waitFor();
    expect(await page.locator('.react-flow__node').count()).toBe(2);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('drags from a claim\'s bottom grip to empty canvas to create a reason for it there', async () => {
    const { page, context, errors } = await emptyMap();
    await page.keyboard.press('c');
    await page.keyboard.type('Conclusion');
    await page.keyboard.press('Enter');
    const conclusion = nodeWithText(page, 'Conclusion');
    await conclusion.hover();
    const from = await centerOf(conclusion.locator('.react-flow__handle[data-handleid="bottom-target"]'));
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= 10; i++) await page.mouse.move(from.x + i * 4, from.y + i * 20);
    await page.mouse.up();
    const menu = page.getByRole('menu', { name: 'Create a linked node' });
    await menu.getByRole('menuitem', { name: 'New claim that supports it' }).click();
    await page.getByRole('textbox', { name: 'Claim text' }).waitFor();
    await page.keyboard.type('A reason created where it was dropped');
    await page.keyboard.press('Enter');
    await page.locator('.react-flow__edge[aria-label="Claim “A reason created where it was dropped” supports Claim “Conclusion”"]').waitFor();
    const top = (await conclusion.boundingBox())!;
    const reason = (await nodeWithText(page, 'A reason created where it was dropped').boundingBox())!;
    expect(reason.y).toBeGreaterThan(top.y + top.height);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('adds an objection to the selected claim, linked as an attack, and copies and pastes nodes', async () => {
    const { page, context } = await emptyMap();
    await page.keyboard.press('c');
    await page.keyboard.type('Thesis');
    await page.keyboard.press('Enter');
    await page.keyboard.press('o');
    await page.getByRole('textbox', { name: 'Objection text' }).waitFor();
    await page.keyboard.type('Counter-example');
    await page.keyboard.press('Enter');
    await page.locator('.react-flow__edge[aria-label="Objection “Counter-example” attacks Claim “Thesis”"]').waitFor();
    // The objection sits below what it attacks.
    const thesis = (await nodeEl(page, 'claim-1').boundingBox())!;
    const objection = (await nodeEl(page, 'objection-1').boundingBox())!;
    expect(objection.y).toBeGreaterThan(thesis.y + thesis.height);

    await page.keyboard.press('Control+a');
    await page.keyboard.press('Control+d');
    await page.waitForFunction(() => document.querySelectorAll('.react-flow__node').length === 4);
    expect(await page.locator('.react-flow__edge').count()).toBe(2);
    await context.close();
  });

  it('edits a claim\'s title and position in the details panel, undoably', async () => {
    const { page, context, errors } = await openApp(browser(), '/?map=getting-started');
    const ids = await shownNodeIds(page);
    const claimId = await page.locator('.react-flow__node-claim').first().getAttribute('data-id');
    expect(ids).toContain(claimId);
    await nodeEl(page, claimId!).click();
    const details = page.getByRole('article', { name: 'Claim details' });
    await details.getByRole('textbox', { name: 'Short title' }).fill('A shorter title');
    await details.getByRole('textbox', { name: 'Short title' }).press('Enter');
    await nodeEl(page, claimId!).getByText('A shorter title').waitFor();
    await details.getByRole('combobox', { name: 'Position' }).selectOption({ label: 'New position…' });
    await details.getByRole('textbox', { name: 'Name' }).fill('Kautsky');
    await details.getByRole('button', { name: 'Add', exact: true }).first().click();
    await nodeEl(page, claimId!).getByText('Kautsky').waitFor();
    await page.keyboard.press('Control+z');
    await page.waitForFunction((id) => !document.querySelector(`.react-flow__node[data-id="${id}"]`)?.textContent?.includes('Kautsky'), claimId);
    expect(errors).toEqual([]);
    await context.close();
  });
});
