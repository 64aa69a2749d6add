import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { splitParagraphs } from '../../../src/domain/text/paragraphs';
import { SourceText } from '../../../src/domain/text/sourceText';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/** The bundled source, read from disk, with its paragraphs as the app numbers them. */
export const RRS = new SourceText(readFileSync(join(ROOT, 'maps/sources/rrs.txt'), 'utf8'));
export const RRS_PARAGRAPHS = splitParagraphs(RRS);

/** The text of a paragraph (1-based), as the source has it. */
export const paragraphText = (n: number): string => RRS.slice(RRS_PARAGRAPHS[n - 1]!.start, RRS_PARAGRAPHS[n - 1]!.end);

/** The first paragraph whose text passes a test. */
export function findParagraph(test: (text: string) => boolean): number {
  const found = RRS_PARAGRAPHS.find((p) => test(RRS.slice(p.start, p.end)));
  if (!found) throw new Error('no paragraph matches');
  return found.number;
}

export async function openReader(page: Page): Promise<void> {
  await page.getByRole('tab', { name: 'Reader' }).click();
  await page.locator('.cp-para').first().waitFor();
}

/**
 * Selects text in a paragraph of the reader as a user would end up with it, by UTF-16
 * offsets into the paragraph's text; runs of text may be split by highlights, so the
 * offsets are counted across them (the review flags, which are not text, are skipped).
 */
export async function selectInParagraph(page: Page, paragraph: number, from: number, to: number): Promise<void> {
  await page.locator(`.cp-para[data-n="${paragraph}"]`).scrollIntoViewIfNeeded();
  await page.evaluate(
    ([n, a, b]) => {
      const root = document.querySelector(`.cp-para[data-n="${n}"] .cp-para__text`)!;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
        acceptNode: (t) => (t.parentElement?.closest('[data-u]') ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT),
      });
      let seen = 0;
      let start: [Node, number] | null = null;
      let end: [Node, number] | null = null;
      for (let t = walker.nextNode(); t && !end; t = walker.nextNode()) {
        const length = t.textContent!.length;
        if (!start && a <= seen + length) start = [t, a - seen];
        if (start && b <= seen + length) end = [t, b - seen];
        seen += length;
      }
      const range = document.createRange();
      range.setStart(...start!);
      range.setEnd(...end!);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
    },
    [paragraph, from, to] as const,
  );
  await page.locator('.cp-selection-bar').waitFor();
}

export interface ExportedMap {
  sources: { id: string; title: string; text?: string }[];
  nodes: { id: string; kind: string; source?: string; quote?: string; prefix?: string; suffix?: string; start?: number; end?: number; text?: string }[];
  edges: { from: string; to: string; relation: string }[];
}

/** The open map as "Export map" writes it. */
export async function exportMap(page: Page): Promise<ExportedMap> {
  const download = page.waitForEvent('download');
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: /search claims/i }).fill('Export map');
  await page.getByRole('listbox', { name: 'Results' }).getByRole('option', { name: /Export map/ }).first().click();
  const file = await download;
  const path = await file.path();
  return JSON.parse(readFileSync(path, 'utf8')) as ExportedMap;
}

/** The passages an export holds that a map did not hold before. */
export function newPassages(after: ExportedMap, before: ExportedMap): ExportedMap['nodes'] {
  const old = new Set(before.nodes.map((n) => n.id));
  return after.nodes.filter((n) => n.kind === 'passage' && !old.has(n.id));
}
