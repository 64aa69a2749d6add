import type { PdfJs } from './pdf';

/**
 * pdf.js for Node (the CLI, tests, scripts): its legacy build, which runs on Node 20 and
 * parses in the same thread through pdf.js's own fake worker.
 */
export const nodePdfJs = async (): Promise<PdfJs> => (await import('pdfjs-dist/legacy/build/pdf.mjs')) as PdfJs;
