import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
  }
}

/**
 * Browser tests run against the production build, as users get it: `vite build`, then
 * `vite preview` on a free port. Set COUNTERPOINT_SKIP_BUILD=1 to reuse an existing dist/.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (!process.env.COUNTERPOINT_SKIP_BUILD) await build({ logLevel: 'warn' });
  const server: PreviewServer = await preview({ preview: { port: 0, strictPort: false, host: '127.0.0.1' }, logLevel: 'warn' });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview did not report a URL');
  project.provide('baseURL', url);
  return async () => {
    await server.close();
  };
}
