import type { PdfJs } from './pdf';

/**
 * pdf.js for the browser: the modern build, with its parser loaded into the same thread
 * (pdf.js looks for `globalThis.pdfjsWorker` before starting a worker of its own). Called
 * inside the source worker, so the parsing stays off the page's main thread without a
 * second worker; both modules are loaded on first use only.
 */
export async function browserPdfJs(): Promise<PdfJs> {
  const [pdfjs, parser] = await Promise.all([import('pdfjs-dist'), import('pdfjs-dist/build/pdf.worker.mjs')]);
  (globalThis as { pdfjsWorker?: unknown }).pdfjsWorker ??= parser;
  return pdfjs;
}
