import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { extractSource } from '../../../src/formats/sources/extract';
import { nodePdfJs } from '../../../src/formats/sources/pdfNode';
import { setLines } from '../../../src/formats/sources/testing/book';
import { makePdf, typeset } from '../../../src/formats/sources/testing/makePdf';
import type { ExtractedSource } from '../../../src/formats/sources/types';

const ROOT = join(import.meta.dirname, '..', '..', '..');
/** The corpus text's paragraphs, as maps/sources/rrs.txt has them. */
export const CORPUS = readFileSync(join(ROOT, 'maps/sources/rrs.txt'), 'utf8').split('\n\n');

/**
 * A PDF of several pages, printed by the test PDF writer from paragraphs of the corpus text
 * (hyphenated at line ends, with fi/fl ligatures), and what the extractor reads from it in
 * Node: the ground truth the app must agree with.
 */
export async function printedPdf(paragraphs: readonly string[], options: { title?: string; author?: string; linesPerPage?: number } = {}) {
  const pages = typeset(
    paragraphs.map((p) => setLines(p, { width: 72, hyphenate: true, ligatures: true })),
    { linesPerPage: options.linesPerPage ?? 16 },
  );
  const bytes = makePdf({ pages, ...(options.title ? { title: options.title } : {}), ...(options.author ? { author: options.author } : {}) });
  const read = await extractSource({ name: 'printing.pdf', bytes }, { pdfjs: nodePdfJs });
  if (!read.ok) throw new Error(`the test PDF does not read: ${read.problems.map((p) => p.code).join()}`);
  return { bytes, truth: read.source };
}

/** A paragraph (1-based, as the reader numbers them) lying wholly inside one page that is not the first, and that page's label. */
export function paragraphInsideAPage(truth: ExtractedSource, paragraphStarts: readonly { start: number; end: number }[]): { n: number; label: string } {
  const pages = truth.pages!;
  for (let i = 1; i < pages.length - 1; i++) {
    const from = pages[i]!.start;
    const to = pages[i + 1]!.start;
    const k = paragraphStarts.findIndex((p) => p.start > from && p.end < to);
    if (k >= 0) return { n: k + 1, label: pages[i]!.label };
  }
  throw new Error('no paragraph lies inside a middle page');
}

/** The add-source dialog, opened from the reader. */
export async function openAddSource(page: Page): Promise<Locator> {
  await page.getByRole('tab', { name: 'Reader' }).click();
  await page.getByRole('button', { name: /^\+ Source$|Paste or open a text/ }).first().click();
  const dialog = page.getByRole('dialog', { name: 'Add a source' });
  await dialog.waitFor();
  return dialog;
}

/** Gives the dialog a file, as a user choosing it would, and waits until it has been read (or refused). */
export async function chooseFile(dialog: Locator, name: string, mimeType: string, bytes: Uint8Array | string): Promise<void> {
  await dialog.getByLabel('File to add as a source').setInputFiles({ name, mimeType, buffer: Buffer.from(bytes) });
}

/** A saved web page as a browser writes one: navigation, a script, the article, a footer. */
export function savedArticle(paragraphs: readonly string[]): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<title>Reading list | Example site</title>
<meta name="citation_title" content="The Russian Revolution and the Rise of Stalinism (test page)">
<meta name="citation_author" content="Fixtures, Counterpoint">
<meta name="citation_publication_date" content="2026/01/15">
<style>body { font-family: serif }</style>
<script>window.analytics = 1;</script>
</head><body>
<nav><a href="/">Home</a> · <a href="/about">About</a></nav>
<article>
<h1>The Russian Revolution and the Rise of Stalinism</h1>
${paragraphs.map((p) => `<p>${p.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</p>`).join('\n')}
</article>
<footer>© Example site</footer>
</body></html>`;
}
