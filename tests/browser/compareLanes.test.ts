import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useBrowser, openApp } from './support/browser';
import { dragNode, fitWholeMap, flowPosition, nodeEl, seriousViolations, shownNodeIds } from './support/editor';

const browser = useBrowser();

const swimlanes = (page: Page) => page.getByRole('button', { name: 'Swimlanes', exact: true });

/** Waits until a node is drawn at a point (flow coordinates), e.g. after a layout switch. */
async function waitAt(page: Page, id: string, at: { x: number; y: number }) {
  await page.waitForFunction(
    ([nodeId, x, y]) => {
      const m = /translate\(([-\d.]+)px,\s*([-\d.]+)px\)/.exec((document.querySelector(`.react-flow__node[data-id="${nodeId}"]`) as HTMLElement | null)?.style.transform ?? '');
      return !!m && Math.abs(Number(m[1]) - x) < 0.5 && Math.abs(Number(m[2]) - y) < 0.5;
    },
    [id, at.x, at.y] as const,
  );
}

async function toggleLanes(page: Page, on: boolean, by: 'click' | 'key' = 'click') {
  if (by === 'key') await page.keyboard.press('s');
  else await swimlanes(page).click();
  await page.waitForFunction((want) => (document.querySelector('.cp-lanes') !== null) === want, on);
  await settled(page);
}

/** The view glides to the other layout; waits until it has stood still for a few frames before anything is dragged. */
async function settled(page: Page) {
  await page.waitForFunction(
    () =>
      new Promise<boolean>((resolve) => {
        const viewport = document.querySelector<HTMLElement>('.react-flow__viewport')!;
        const before = viewport.style.transform;
        let frames = 0;
        const tick = () => (++frames < 8 ? requestAnimationFrame(tick) : resolve(viewport.style.transform === before));
        requestAnimationFrame(tick);
      }),
  );
}

describe('switching between the free layout and the swimlanes', () => {
  it('keeps each layout as the user left it, through switches, undo and a reload', async () => {
    // A window wide enough (the map is 2,800 units wide) that, fitted whole, it is at the close level of detail.
    const { page, context, errors } = await openApp(browser(), '/?map=getting-started', { width: 3200, height: 1200 });
    await shownNodeIds(page);
    await fitWholeMap(page);
    await expect(page.locator('.cp-canvas-frame').getAttribute('data-detail-level')).resolves.toBe('close');
    const idsOf = (kind: string) => page.locator(`.react-flow__node-${kind}`).evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!));
    const [a, b] = (await idsOf('claim')) as [string, string];
    const [passage] = (await idsOf('passage')) as [string];

    // Free layout: drag A.
    const freeB = await flowPosition(page, b);
    await dragNode(page, a, 140, 60);
    const freeA = await flowPosition(page, a);

    // Swimlanes: the lanes show, passages hide, A sits in its lane (not where it was dragged); drag B there.
    await toggleLanes(page, true);
    await expect(swimlanes(page).getAttribute('aria-pressed')).resolves.toBe('true');
    await page.waitForFunction(() => new URL(location.href).searchParams.get('layout') === 'lanes');
    await expect(page.locator('.cp-lanes__lane').count()).resolves.toBeGreaterThanOrEqual(2);
    await nodeEl(page, passage).waitFor({ state: 'hidden' });
    const laneA = await flowPosition(page, a);
    expect(laneA).not.toEqual(freeA);
    const laneB = await flowPosition(page, b);
    await dragNode(page, b, 90, 120);
    const movedB = await flowPosition(page, b);
    expect(movedB.y).toBeGreaterThan(laneB.y + 40);

    // Back to free: A where it was dragged, B untouched. Then lanes again: B where it was dragged there.
    await toggleLanes(page, false);
    await waitAt(page, a, freeA);
    expect(await flowPosition(page, b)).toEqual(freeB);
    await nodeEl(page, passage).waitFor({ state: 'visible' });
    await toggleLanes(page, true);
    await waitAt(page, b, movedB);
    expect(await flowPosition(page, a)).toEqual(laneA);

    // A reload (the URL keeps the lanes) keeps both layouts.
    await page.reload();
    await shownNodeIds(page);
    await waitAt(page, b, movedB);
    expect(await flowPosition(page, a)).toEqual(laneA);
    await toggleLanes(page, false);
    await waitAt(page, a, freeA);
    expect(await flowPosition(page, b)).toEqual(freeB);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('undoes a drag in the lanes and one in the free layout, each in its own layout', async () => {
    const { page, context } = await openApp(browser(), '/?map=getting-started');
    await shownNodeIds(page);
    const [a] = await page.locator('.react-flow__node-claim').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!));
    const free = await flowPosition(page, a!);
    await dragNode(page, a!, 100, 40);
    await toggleLanes(page, true);
    const lane = await flowPosition(page, a!);
    await dragNode(page, a!, 60, 90);
    await page.keyboard.press('Control+z');
    await waitAt(page, a!, lane);
    await toggleLanes(page, false, 'key');
    await page.keyboard.press('Control+z');
    await waitAt(page, a!, free);
    await context.close();
  });

  it('opens the lanes from the compare view, with no serious accessibility violations', async () => {
    const { page, context, errors } = await openApp(browser(), '/?map=permanent-revolution&view=compare');
    await page.getByRole('button', { name: 'Swimlanes', exact: true }).click();
    await page.locator('.cp-lanes').waitFor({ state: 'attached' });
    await expect(page.getByRole('tab', { name: 'Map' }).getAttribute('aria-selected')).resolves.toBe('true');
    const heads = await page.locator('.cp-lanes__label').allTextContents();
    expect(heads).toContain('Mensheviks');
    expect(heads.at(-1)).toBe('No position');
    expect(await seriousViolations(page)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
