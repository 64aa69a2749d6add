import type { Plugin } from 'vite';

/**
 * The Content-Security-Policy of the production build. Everything comes from the app's own
 * origin: no inline script, no eval (zod runs jitless, see src/domain/schema/zod.ts), no inline
 * <style>. Images may be data: and blob: URLs (pictures and PDF pages are drawn into them);
 * connections may go to WebSockets for live collaboration. frame-ancestors cannot be set in a
 * meta tag: static hosting must send it as an HTTP header.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'self' ws: wss:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Adds the policy as a meta tag, in the build only: Vite's dev server injects inline scripts for hot reload. */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'counterpoint-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
      ],
    },
  };
}
