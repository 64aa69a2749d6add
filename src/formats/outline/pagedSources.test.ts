import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPagedFixture } from '../../../tests/fixtures/sources/fixture';
import { buildOutline } from '../../domain/outline/build';
import type { ArgumentMap } from '../../domain/schema/map';
import { locatorOf } from '../citations/cslItem';
import { formatCitations } from '../citations/processor';
import type { CitationStyleId } from '../citations/styles';
import { outlineCiteRequests, renderOutlineJson, renderOutlineMarkdown } from '.';

const files = (file: string) => readFile(join(import.meta.dirname, '..', 'citations', 'styles', file), 'utf8');
const { map, sourceTexts } = loadPagedFixture();
const EDITOR = 'Counterpoint test fixtures';

async function render(m: ArgumentMap, style: CitationStyleId = 'chicago-author-date') {
  const built = buildOutline(m, 'permanent-revolution', { sourceTexts });
  if (!built.ok) throw new Error(built.problem.message);
  const citations = await formatCitations(m.references, outlineCiteRequests(built.outline), { style, files });
  return { outline: built.outline, citations, markdown: renderOutlineMarkdown(built.outline, { citations, mapTitle: m.title }) };
}

const passages = map.nodes.flatMap((n) => (n.kind === 'passage' ? [n] : []));
/** How a style prints a page range: with an en dash. */
const printed = (page: string) => page.replace('-', '\u2013');

describe('an outline quoting a paged source that is a work', () => {
  it('cites each quote as (Editor Year, page) in Chicago author-date, page ranges included', async () => {
    const { markdown } = await render(map);
    const thesisPassages = ['permanent-revolution-p1', 'permanent-revolution-p2', 'permanent-revolution-p3'].map((id) => passages.find((p) => p.id === id)!);
    for (const p of thesisPassages) expect(markdown).toContain(`> ${p.quote} (${EDITOR} 2026, ${p.page})`);
    const spanning = passages.find((p) => p.page?.includes('-'));
    expect(spanning).toBeDefined();
    expect(markdown).toContain(`${spanning!.quote.slice(-30)} (${EDITOR} 2026, ${printed(spanning!.page!)})`);
    expect(markdown).not.toMatch(/para\. \d/);
    expect(markdown).not.toContain('cited by paragraph number');
    expect(markdown).toContain(`- ${EDITOR}, ed. 2026. “The Russian Revolution and the Rise of Stalinism (Excerpt): A Test Printing.” Counterpoint.`);
  });

  it('puts the page in the footnote in Chicago notes', async () => {
    const { markdown, citations } = await render(map, 'chicago-note-bibliography');
    const first = passages.find((p) => p.id === 'permanent-revolution-p1')!;
    const note = citations.notes['link:s1'];
    expect(note).toBe(1);
    expect(markdown).toContain(`> ${first.quote}[^1]`);
    expect(markdown).toMatch(new RegExp(`\\[\\^1\\]: ${EDITOR}, “The Russian Revolution and the Rise of Stalinism \\(Excerpt\\),” ${first.page}\\.`));
  });

  it('cites an unpaged work by paragraph with its reference, and a source that is no work by paragraph alone', async () => {
    const source = map.sources[0]!;
    const unpaged = (await render({ ...map, sources: [{ ...source, pages: undefined }] })).markdown;
    expect(unpaged).toMatch(new RegExp(`\\(${EDITOR} 2026, para\\. \\d+\\)`));
    const noWork = (await render({ ...map, sources: [{ ...source, ref: undefined }] })).markdown;
    expect(noWork).toMatch(/ \(para\. \d+\)\n/);
    expect(noWork).toContain('cited by paragraph number');
  });

  it('gives each quote its page and citation in the JSON outline', async () => {
    const { outline, citations } = await render(map);
    const json = renderOutlineJson(outline, citations);
    expect(json.thesis.children[0]).toMatchObject({ passage: { page: passages.find((p) => p.id === 'permanent-revolution-p1')!.page, refId: 'test-printing' }, citation: expect.stringMatching(/^\(Counterpoint test fixtures 2026, \d\)$/) });
  });
});

describe('locatorOf', () => {
  it.each([
    ['41', { locator: '41', label: 'page' }],
    ['pp. 12-14', { locator: '12-14', label: 'page' }],
    ['chap. 3', { locator: '3', label: 'chapter' }],
    ['para. 89', { locator: '89', label: 'paragraph' }],
    ['paras. 3-4', { locator: '3-4', label: 'paragraph' }],
  ])('reads %s', (pages, expected) => expect(locatorOf(pages)).toEqual(expected));
});
