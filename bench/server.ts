import { mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build, preview } from 'vite';

const ROOT = join(import.meta.dirname, '..');

/**
 * Builds the app and the bare React Flow page into a private folder, as production code
 * with the render probe compiled in (VITE_RENDER_PROBE), and serves them with vite preview.
 */
export async function serveBenchBuild(): Promise<{ url: string; close: () => Promise<void> }> {
  const outDir = mkdtempSync(join(ROOT, '.tmp-bench-'));
  await build({
    root: ROOT,
    logLevel: 'error',
    define: { 'import.meta.env.VITE_RENDER_PROBE': JSON.stringify('1') },
    build: {
      outDir,
      emptyOutDir: true,
      sourcemap: false,
      rolldownOptions: { input: { app: join(ROOT, 'index.html'), bare: join(ROOT, 'bench/bare/index.html') } },
    },
  });
  const server = await preview({ root: ROOT, build: { outDir }, preview: { port: 0, host: '127.0.0.1' }, logLevel: 'error' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  return {
    url,
    async close() {
      await server.close();
      rmSync(outDir, { recursive: true, force: true });
    },
  };
}
