import { describe, expect, it } from 'vitest';
import { useBrowser, openApp } from './support/browser';
import { fixtureMapText, flowPosition, importFile, nodeEl, shownNodeIds } from './support/editor';

const browser = useBrowser();

describe('ids an object literal already answers to', () => {
  it('nodes called toString and constructor with no saved place are placed and drawn like any others', async () => {
    const { page, context, errors } = await openApp(browser(), '/?map=getting-started');
    await shownNodeIds(page);
    // The fixture with two nodes renamed everywhere and their places forgotten.
    const text = fixtureMapText('odd-ids', 'Odd ids')
      .replaceAll('"c2"', '"toString"')
      .replaceAll('"o1"', '"constructor"');
    const map = JSON.parse(text) as { layout: Record<string, unknown> };
    map.layout = Object.fromEntries(Object.entries(map.layout).filter(([id]) => id !== 'toString' && id !== 'constructor'));
    expect(Object.keys(map.layout).sort()).toEqual(['c1', 'n1', 'p1', 'w1']);
    await importFile(page, 'odd-ids.map.json', JSON.stringify(map));
    await page.waitForFunction(() => new URL(location.href).searchParams.get('map') === 'odd-ids');
    await nodeEl(page, 'toString').waitFor();
    expect((await shownNodeIds(page)).sort()).toEqual(['c1', 'constructor', 'n1', 'p1', 'toString', 'w1']);
    for (const id of ['toString', 'constructor']) {
      const at = await flowPosition(page, id);
      expect(Number.isFinite(at.x) && Number.isFinite(at.y), id).toBe(true);
      await expect(nodeEl(page, id).textContent()).resolves.toMatch(id === 'toString' ? /must lead/ : /Liberals led 1905/);
    }
    expect(errors).toEqual([]);
    await context.close();
  });

  it('a source called constructor whose text this browser does not hold: its passage is drawn and shown, and nothing breaks', async () => {
    const { page, context, errors } = await openApp(browser(), '/?map=getting-started');
    await shownNodeIds(page);
    const map = JSON.parse(fixtureMapText('odd-source', 'Odd source')) as { sources: object[]; nodes: { kind: string; source?: string }[] };
    map.sources = [{ id: 'constructor', title: 'Kept in another browser', stored: 'browser', hash: 'a'.repeat(64) }];
    for (const n of map.nodes) if (n.kind === 'passage') n.source = 'constructor';
    await importFile(page, 'odd-source.map.json', JSON.stringify(map));
    await page.waitForFunction(() => new URL(location.href).searchParams.get('map') === 'odd-source');
    await nodeEl(page, 'p1').waitFor();
    await expect(nodeEl(page, 'p1').textContent()).resolves.toContain('The liberal bourgeoisie was incapable');
    // Its details say the text is missing, rather than reading Object's constructor as the text.
    await nodeEl(page, 'p1').click();
    await page.getByText('The text of source “constructor” is not available.').waitFor();
    await page.screenshot({ path: 'tests/.artifacts/hostile-source.png' });
    expect(errors).toEqual([]);
    await context.close();
  });
});
