/**
 * Measures reading a 400-page PDF as a source: in Node (the CLI's path) and in headless
 * Chromium through the source worker (the browser's path), with its progress events and
 * the longest gap between the page's frames while the worker reads.
 * Run: npx tsx bench/sources.ts [pages]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { extractSource } from '../src/formats/sources/extract';
import { nodePdfJs } from '../src/formats/sources/pdfNode';
import { longBookPdf } from '../src/formats/sources/testing/longBook';
import { ARGS } from './run';
import type { WorkerRun } from './sources/main';

const ROOT = join(import.meta.dirname, '..');
const PAGES = Number(process.argv[2] ?? 400);
const RUNS = 3;

const bytes = longBookPdf(PAGES);
console.log(`generated a ${PAGES}-page PDF of ${(bytes.length / 1024 / 1024).toFixed(1)} MB`);

await nodePdfJs();
for (let i = 0; i < RUNS; i++) {
  let events = 0;
  const t = performance.now();
  const r = await extractSource({ name: 'book.pdf', bytes }, { pdfjs: nodePdfJs, onProgress: () => events++ });
  const ms = performance.now() - t;
  console.log(`node    run ${i + 1}: ${r.ok ? r.source.pages!.length : 'FAILED'} pages, ${events} progress events, ${Math.round(ms)} ms`);
}

const outDir = mkdtempSync(join(ROOT, '.tmp-bench-sources-'));
try {
  await build({ root: ROOT, logLevel: 'error', build: { outDir, emptyOutDir: true, sourcemap: false, rolldownOptions: { input: { sources: join(ROOT, 'bench/sources/index.html') } } } });
  const server = await preview({ root: ROOT, build: { outDir }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
  const url = server.resolvedUrls!.local[0]!;
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ARGS });
  try {
    const page = await browser.newPage();
    await page.addInitScript('globalThis.__name = (fn) => fn;');
    await page.route('**/book.pdf', (route) => route.fulfill({ body: Buffer.from(bytes), contentType: 'application/pdf' }));
    await page.goto(new URL('bench/sources/index.html', url).href);
    for (let i = 0; i < RUNS; i++) {
      const run: WorkerRun = await page.evaluate(() => window.extractFromUrl('/book.pdf', 'book.pdf'));
      console.log(`browser run ${i + 1}: ${run.ok ? run.pages : 'FAILED'} pages, ${run.progressEvents} progress events (last ${run.lastProgress?.done}/${run.lastProgress?.total}), ${Math.round(run.ms)} ms, longest frame gap on the page ${Math.round(run.longestFrameGapMs)} ms`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
