import { describe, expect, it } from 'vitest';
import { NODE_SIZES, overlappingPairs } from '../../src/domain/nodeSize';
import { useBrowser, openApp } from './support/browser';
import { centerOf, fixtureMapText, flowPosition, importFile, nodeEl, shownNodeIds, stillView } from './support/editor';

const browser = useBrowser();

const KINDS = { c1: 'claim', c2: 'claim', p1: 'passage', o1: 'objection', w1: 'work', n1: 'note' } as const;

describe('layout', () => {
  it('loads ELK in a worker only when asked, lays the map out (conclusions on top, no overlaps), as one undo step', async () => {
    const { page, context, errors } = await openApp(browser(), '/?map=getting-started');
    const workers: string[] = [];
    page.on('worker', (w) => workers.push(w.url()));
    await shownNodeIds(page);
    await importFile(page, 'fixture.map.json', fixtureMapText());
    await page.waitForFunction(() => document.querySelectorAll('.react-flow__node').length === 6);
    expect(workers).toEqual([]);
    const before = await flowPosition(page, 'p1');

    await page.keyboard.press('Shift+L');
    await page.waitForFunction(([x, y]) => {
      const t = (document.querySelector('.react-flow__node[data-id="p1"]') as HTMLElement).style.transform;
      return !t.includes(`translate(${x}px, ${y}px)`);
    }, [before.x, before.y] as const);
    expect(workers.some((url) => /layout\.worker/.test(url))).toBe(true);

    const boxes = await Promise.all(Object.entries(KINDS).map(async ([id, kind]) => ({ id, ...(await flowPosition(page, id)), ...NODE_SIZES[kind] })));
    expect(overlappingPairs(boxes)).toEqual([]);
    const y = (id: string) => boxes.find((b) => b.id === id)!.y;
    expect(y('c1')).toBeLessThan(y('p1'));
    expect(y('c1')).toBeLessThan(y('o1'));

    await page.keyboard.press('Control+z');
    await page.waitForFunction(([x, y]) => (document.querySelector('.react-flow__node[data-id="p1"]') as HTMLElement).style.transform.includes(`translate(${x}px, ${y}px)`), [before.x, before.y] as const);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a link dropped on the middle of a support or attack becomes an undercut aimed at that middle', async () => {
    const { page, context, errors } = await openApp(browser(), '/?map=getting-started');
    await shownNodeIds(page);
    await importFile(page, 'fixture.map.json', fixtureMapText());
    await page.waitForFunction(() => document.querySelectorAll('.react-flow__node').length === 6);
    await stillView(page);
    // e2: o1 attacks c1. Drag from c2's top grip onto e2's glyph.
    const glyph = page.locator('.cp-glyph[data-link-id="e2"]');
    const target = await centerOf(glyph);
    await nodeEl(page, 'c2').hover();
    const from = await centerOf(nodeEl(page, 'c2').locator('.react-flow__handle[data-handleid="top-source"]'));
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    for (let i = 1; i <= 12; i++) await page.mouse.move(from.x + ((target.x - from.x) * i) / 12, from.y + ((target.y - from.y) * i) / 12);
    await page.mouse.up();
    await page.getByRole('menu', { name: 'Undercut this link' }).getByRole('menuitem').click();
    const undercut = page.locator('.react-flow__edge[aria-label^="Claim “The bourgeoisie must lead.” undercuts the link"]');
    await undercut.waitFor();
    // The undercut's line ends where the attack's glyph sits.
    const end = await undercut.locator('path.cp-edge__line').evaluate((p) => {
      const path = p as SVGPathElement;
      const point = path.getPointAtLength(path.getTotalLength());
      const m = path.getScreenCTM()!;
      return { x: point.x * m.a + m.e, y: point.y * m.d + m.f };
    });
    const mid = await centerOf(glyph);
    expect(Math.hypot(end.x - mid.x, end.y - mid.y)).toBeLessThan(3);
    expect(errors).toEqual([]);
    await context.close();
  });
});
