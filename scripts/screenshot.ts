/**
 * Builds the app into a private folder and takes a screenshot of it, for looking at UI
 * work and for the README. Usage:
 *   npx tsx scripts/screenshot.ts <out.png> [path=/] [width=1400] [height=900]
 * Prints the console errors seen on the page.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';

const [out = 'screenshot.png', path = '/', width = '1400', height = '900'] = process.argv.slice(2);
const outDir = mkdtempSync(join(import.meta.dirname, '..', '.tmp-dist-'));
await build({ logLevel: 'silent', build: { outDir, emptyOutDir: true } });
const server = await preview({ build: { outDir }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'silent' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(new URL(path, server.resolvedUrls!.local[0]).href);
  await page.waitForTimeout(1500);
  await page.screenshot({ path: out });
  console.log(`wrote ${out}; console errors: ${errors.length ? errors.join(' | ') : 'none'}`);
} finally {
  await browser.close();
  await server.close();
  rmSync(outDir, { recursive: true, force: true });
}
