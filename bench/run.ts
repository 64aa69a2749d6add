import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { Edge as FlowEdge, Node as FlowNode } from '@xyflow/react';
import { serializeMap } from '../src/domain/serialize';
import { nodeSize } from '../src/domain/nodeSize';
import { generateBenchMap } from './generateMap';
import { panSamples, stats, type FrameStats } from './measure';
import { serveBenchBuild } from './server';

export interface BenchRow {
  readonly scenario: string;
  readonly nodes: number;
  readonly median: string;
  readonly p95: string;
  readonly note: string;
}

export interface BenchOptions {
  /** Fewer frames (for a quick look); the maps keep their sizes. */
  readonly quick?: boolean;
  readonly log?: (line: string) => void;
}

/** Zoom-out clicks from the editor's reveal zoom (1): about 0.58, a neighbourhood of a few dozen nodes. */
const ZOOM_OUT_CLICKS = 3;
const VIEWPORT = { width: 1400, height: 900 };
export const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-extensions'];

/**
 * A page for the benchmark. tsx compiles this file with esbuild's keepNames, which wraps
 * functions handed to page.evaluate in a `__name` helper that the page must define.
 */
export async function benchPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: VIEWPORT });
  await page.addInitScript('globalThis.__name = (fn) => fn;');
  if (process.env.BENCH_DEBUG) page.on('console', (m) => process.stderr.write(`console ${m.type()} ${m.text().slice(0, 200)}\n`));
  return page;
}

/** Opens the editor on a generated map, imported through "Import map" like any file. */
export async function openEditorOn(browser: Browser, base: string, count: number, focusId: string): Promise<Page> {
  const page = await benchPage(browser);
  await page.addInitScript(() => {
    // Registered before the app's own listeners, so it sees a key first.
    window.addEventListener('keydown', (e) => e.key === 'Enter' && ((window as unknown as { __t0: number }).__t0 = performance.now()), true);
  });
  await page.goto(base);
  await page.waitForSelector('.react-flow__node');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: /Import map/ }).click();
  await (await chooser).setFiles({ name: `bench-${count}.map.json`, mimeType: 'application/json', buffer: Buffer.from(serializeMap(generateBenchMap(count))) });
  await page.waitForFunction((key) => new URL(location.href).searchParams.get('map') === key, `bench-${count}`, { timeout: 120_000 }).catch(async (e: unknown) => {
    if (process.env.BENCH_DEBUG) await page.screenshot({ path: '/tmp/bench-import.png' });
    throw e;
  });
  // Reopen with a node named in the URL: the editor centres on it (forgetting the fitted view it
  // remembered, which would otherwise be restored since the node lies within it).
  await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('counterpoint:viewport:')).forEach((k) => localStorage.removeItem(k)));
  await page.goto(new URL(`/?map=bench-${count}&node=${focusId}`, base).href);
  await page.waitForFunction((id) => document.querySelector(`.react-flow__node[data-id="${id}"]`) !== null, focusId);
  await page.waitForTimeout(500);
  return page;
}

export interface View {
  readonly x: number;
  readonly y: number;
  readonly zoom: number;
  readonly width: number;
  readonly height: number;
}

/** Zooms out with the zoom control, as a user would, to see a whole neighbourhood of the map; returns the view. */
export async function zoomOut(page: Page, clicks: number): Promise<View> {
  for (let i = 0; i < clicks; i++) {
    await page.getByRole('button', { name: 'Zoom Out' }).click();
    await page.waitForTimeout(350);
  }
  return page.evaluate(() => {
    const m = new DOMMatrixReadOnly(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform);
    const box = document.querySelector('.react-flow')!.getBoundingClientRect();
    return { x: m.m41, y: m.m42, zoom: m.a, width: box.width, height: box.height };
  });
}

/** The bare page, showing the same graph at the same place and zoom as the editor, in a canvas of the same size. */
export async function openBare(browser: Browser, base: string, count: number, view: View): Promise<Page> {
  const map = generateBenchMap(count);
  const nodes: FlowNode[] = map.nodes.map((n) => ({ id: n.id, position: map.layout[n.id]!, data: { label: n.id }, style: nodeSize(n.kind) }));
  const ids = new Set(nodes.map((n) => n.id));
  const edges: FlowEdge[] = map.edges.filter((e) => ids.has(e.to)).map((e) => ({ id: e.id, source: e.from, target: e.to }));
  const graph = { nodes, edges, view };
  const page = await benchPage(browser);
  await page.addInitScript((g) => {
    (window as unknown as { __benchGraph: unknown }).__benchGraph = g;
  }, graph);
  await page.goto(new URL('/bench/bare/index.html', base).href);
  await page.waitForFunction(() => (window as unknown as { __benchReady?: boolean }).__benchReady === true);
  await page.waitForTimeout(300);
  return page;
}

/** Edits one node's text in the editor and times the commit; counts which nodes re-rendered. */
async function measureEdit(page: Page, id: string): Promise<{ ms: number; rendered: string[] }> {
  await page.keyboard.press('Enter');
  const editor = page.locator('.cp-inline-editor');
  await editor.waitFor();
  await editor.fill('Edited for the benchmark');
  await page.evaluate(() => window.__cpRenders?.clear());
  // The observer is in place before the key is pressed; the key's time is taken by a listener
  // registered before the app's own (see openEditorOn).
  await page.evaluate((nodeId) => {
    const w = window as unknown as { __commit: Promise<number>; __t0: number };
    w.__commit = new Promise<number>((resolve) => {
      const node = document.querySelector(`.react-flow__node[data-id="${nodeId}"]`)!;
      const observer = new MutationObserver(() => {
        if (node.textContent?.includes('Edited for the benchmark') && !node.querySelector('textarea')) {
          observer.disconnect();
          resolve(performance.now() - w.__t0);
        }
      });
      observer.observe(node, { childList: true, subtree: true, characterData: true });
      // A commit that never shows is a failure to report, not a bench that hangs.
      setTimeout(() => resolve(Number.NaN), 20_000);
    });
  }, id);
  await page.keyboard.press('Enter');
  const done = page.evaluate(() => (window as unknown as { __commit: Promise<number> }).__commit);
  const ms = await done;
  await page.waitForTimeout(300);
  const rendered = await page.evaluate(() => [...(window.__cpRenders?.keys() ?? [])]);
  return { ms: Math.round(ms * 10) / 10, rendered };
}

/** From choosing the file in "Import map" to the map on screen (cards, or the far level's canvas), in ms. */
async function measureFirstRender(browser: Browser, base: string, count: number): Promise<number> {
  const page = await benchPage(browser);
  await page.goto(base);
  await page.waitForSelector('.react-flow__node');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'File', exact: true }).click();
  await page.getByRole('menuitem', { name: /Import map/ }).click();
  const buffer = Buffer.from(serializeMap(generateBenchMap(count)));
  const t0 = Date.now();
  await (await chooser).setFiles({ name: `bench-${count}.map.json`, mimeType: 'application/json', buffer });
  await page.waitForFunction(
    (key) => new URL(location.href).searchParams.get('map') === key && document.querySelector('.react-flow__node, .cp-far-canvas') !== null,
    `bench-${count}`,
    { timeout: 120_000, polling: 'raf' },
  );
  const ms = Date.now() - t0;
  await page.close();
  return ms;
}

/** The overview map fitted whole: the on-screen size of the claim titles shown (font size times zoom). */
async function overviewTitles(browser: Browser, base: string) {
  const page = await benchPage(browser);
  await page.goto(new URL('/?map=overview', base).href);
  await page.waitForSelector('.cp-canvas-frame[data-detail-level]');
  await page.waitForTimeout(800);
  await page.keyboard.press('Shift+1');
  await page.waitForTimeout(1000);
  const out = await page.evaluate(() => {
    const zoom = new DOMMatrixReadOnly(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform).a;
    const els = [...document.querySelectorAll<HTMLElement>('[data-claim-title] > span, .react-flow__node-claim .cp-node__body > :first-child')].filter((e) => e.getClientRects().length > 0);
    const sizes = els.map((e) => parseFloat(getComputedStyle(e).fontSize) * zoom).sort((a, b) => a - b);
    return { sizes, level: document.querySelector('.cp-canvas-frame')?.getAttribute('data-detail-level') ?? '?' };
  });
  await page.close();
  const sizes = out.sizes;
  const nodes = (JSON.parse(readFileSync(new URL('../maps/overview.map.json', import.meta.url), 'utf8')) as { nodes: unknown[] }).nodes.length;
  return { median: sizes[Math.floor(sizes.length / 2)] ?? 0, min: sizes[0] ?? 0, count: sizes.length, level: out.level, nodes };
}

const fmt = (s: FrameStats) => ({ median: s.median.toFixed(1), p95: s.p95.toFixed(1) });

export async function runBench(options: BenchOptions = {}): Promise<BenchRow[]> {
  const log = options.log ?? (() => undefined);
  const steps = options.quick ? 60 : 360;
  const panNodes = 5000;
  const editNodes = 2000;
  // A central claim well inside the grid, so the view is full of nodes all round.
  const panFocus = 'n-2600';
  const editFocus = 'n-1001';
  log('building the app and the bare page…');
  const server = await serveBenchBuild();
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ARGS });
  try {
    log(`editor and bare React Flow, ${panNodes} nodes, same view: panning ${steps} frames each…`);
    const editor = await openEditorOn(browser, server.url, panNodes, panFocus);
    const view = await zoomOut(editor, ZOOM_OUT_CLICKS);
    const shown = await editor.locator('.react-flow__node').count();
    const bare = await openBare(browser, server.url, panNodes, view);
    const bareShown = await bare.locator('.react-flow__node').count();
    // Rounds taken in turn, so a load on the machine (other processes) weighs on both alike.
    const rounds = options.quick ? 2 : 6;
    const editorSamples: number[] = [];
    const bareSamples: number[] = [];
    await panSamples(editor, 20);
    await panSamples(bare, 20);
    for (let r = 0; r < rounds; r++) {
      editorSamples.push(...(await panSamples(editor, steps / rounds)));
      bareSamples.push(...(await panSamples(bare, steps / rounds)));
    }
    const editorPan = stats(editorSamples);
    const barePan = stats(bareSamples);

    log('the whole map in view (Shift+1, "Fit the whole map"): panning the editor and the bare page…');
    await editor.keyboard.press('Shift+1');
    await editor.waitForTimeout(800);
    const wholeView = await zoomOut(editor, 0);
    const wholeLevel = await editor.locator('.cp-canvas-frame').getAttribute('data-detail-level');
    await panSamples(editor, 20);
    const wholeSamples: number[] = [];
    for (let r = 0; r < rounds; r++) wholeSamples.push(...(await panSamples(editor, steps / rounds)));
    const wholePan = stats(wholeSamples);
    await editor.close();
    await bare.close();
    // The bare page with all of it in view is slow (every node is DOM): fewer frames suffice.
    const bareWhole = await openBare(browser, server.url, panNodes, wholeView);
    await panSamples(bareWhole, 5);
    const bareWholePan = stats(await panSamples(bareWhole, Math.max(30, steps / 6)));
    await bareWhole.close();

    log('first render of the 5,000-node map, and the overview map fitted whole…');
    const firstRender = await measureFirstRender(browser, server.url, panNodes);
    const titles = await overviewTitles(browser, server.url);

    log(`editor, ${editNodes} nodes: editing one node…`);
    const editPage = await openEditorOn(browser, server.url, editNodes, editFocus);
    const edit = await measureEdit(editPage, editFocus);
    await editPage.close();

    const ratio = editorPan.median / barePan.median;
    const x = (a: number, b: number) => `${(Math.round((a / b) * 100) / 100).toFixed(2)}x`;
    return [
      { scenario: 'bare React Flow: pan', nodes: panNodes, ...fmt(barePan), note: `${barePan.frames} frames at zoom ${view.zoom.toFixed(2)}, ${bareShown} nodes in view at the start` },
      { scenario: 'editor: pan', nodes: panNodes, ...fmt(editorPan), note: `${(Math.round(ratio * 100) / 100).toFixed(2)}x the bare median (target 1.5x), p95 ${x(editorPan.p95, barePan.p95)} bare (budget 1.2x); ${shown} nodes in view at the start` },
      { scenario: 'bare React Flow: pan, whole map in view', nodes: panNodes, ...fmt(bareWholePan), note: `${bareWholePan.frames} frames at zoom ${wholeView.zoom.toFixed(3)} (every node in the DOM)` },
      {
        scenario: 'editor: pan, whole map in view',
        nodes: panNodes,
        ...fmt(wholePan),
        note: `after Shift+1, level ${wholeLevel}; p95 ${x(wholePan.p95, barePan.p95)} the bare zoomed-in p95 (budget 2x)`,
      },
      { scenario: 'editor: first render', nodes: panNodes, median: firstRender.toFixed(0), p95: '-', note: 'Import map: file chosen to the map on screen (read, checked, shown), one run' },
      { scenario: 'overview map fitted whole', nodes: titles.nodes, median: titles.median.toFixed(1), p95: '-', note: `median on-screen claim title px (min ${titles.min.toFixed(1)}, ${titles.count} titles, level ${titles.level}; budget >= 10)` },
      {
        scenario: 'editor: edit one node\'s text',
        nodes: editNodes,
        median: edit.ms.toFixed(1),
        p95: '-',
        note: `commit to screen; re-rendered: ${edit.rendered.length} node${edit.rendered.length === 1 ? '' : 's'} (${edit.rendered.slice(0, 5).join(', ')})`,
      },
    ];
  } finally {
    await browser.close();
    await server.close();
  }
}

export function formatTable(rows: readonly BenchRow[]): string {
  const head: BenchRow = { scenario: 'scenario', nodes: 0, median: 'median ms', p95: 'p95 ms', note: 'notes' };
  const cells = (r: BenchRow) => [r.scenario, r === head ? 'nodes' : String(r.nodes), r.median, r.p95, r.note];
  const all = [head, ...rows].map(cells);
  const widths = all[0]!.map((_, i) => Math.max(...all.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((v, i) => (i === 1 || i === 2 || i === 3 ? v.padStart(widths[i]!) : v.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(all[0]!), widths.map((w) => '-'.repeat(w)).join('  '), ...all.slice(1).map(line)].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const quick = process.argv.includes('--quick');
  const rows = await runBench({ quick, log: (l) => process.stderr.write(`${l}\n`) });
  process.stdout.write(`${formatTable(rows)}\n`);
  // A separate section: the collaboration server under 30 simulated clients (bench/collab.ts).
  const collab = await import('./collab');
  const plain = await collab.runCollabBench({ quick });
  process.stdout.write(`\n${collab.formatCollab(plain, await collab.runCollabBench({ quick, pointers: true }))}\n`);
}
