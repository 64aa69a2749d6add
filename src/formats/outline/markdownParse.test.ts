import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDebateFixture } from '../../../tests/fixtures/outline/fixture';
import { buildOutline } from '../../domain/outline/build';
import type { ArgumentMap } from '../../domain/schema/map';
import { formatCitations } from '../citations/processor';
import { outlineCiteRequests, renderOutlineMarkdown } from '.';
import { inlineText, parseInline, parseMarkdown, type Block } from './markdownParse';
import { escapeBlock, escapeInline, markdownLink } from './markdownText';

const files = (file: string) => readFile(join(import.meta.dirname, '..', 'citations', 'styles', file), 'utf8');

/** Every block of a tree, depth first, so a test can find quotes inside list items. */
function allBlocks(blocks: readonly Block[]): Block[] {
  return blocks.flatMap((b) => [
    b,
    ...(b.type === 'quote' ? allBlocks(b.children) : b.type === 'list' ? b.items.flatMap((item) => allBlocks(item)) : []),
  ]);
}

describe('parseInline', () => {
  it('reads strong, emphasis, footnote marks and safe links', () => {
    expect(parseInline('**Reason: A** (Lenin) — text[^2] and _Your note:_ *Title*')).toEqual([
      { type: 'strong', children: [{ type: 'text', text: 'Reason: A' }] },
      { type: 'text', text: ' (Lenin) — text' },
      { type: 'footnoteRef', label: '2' },
      { type: 'text', text: ' and ' },
      { type: 'em', children: [{ type: 'text', text: 'Your note:' }] },
      { type: 'text', text: ' ' },
      { type: 'em', children: [{ type: 'text', text: 'Title' }] },
    ]);
    expect(parseInline(markdownLink('DOI', 'https://doi.org/10.1/x(y)'))).toEqual([
      { type: 'link', href: 'https://doi.org/10.1/x%28y%29', children: [{ type: 'text', text: 'DOI' }] },
    ]);
  });

  it('gives back escaped text exactly, whatever markup it holds', () => {
    const hostile = '# <script>alert(1)</script> **not bold** _nor this_ [x](javascript:alert(1)) a\\b snake_case_name & &amp; 3 * 4 * 5';
    expect(inlineText(parseInline(escapeInline(hostile)))).toBe(hostile);
    expect(parseInline(escapeInline(hostile)).every((n) => n.type === 'text')).toBe(true);
  });

  it('keeps the label of a link whose address is not http, https or mailto, and drops the address', () => {
    expect(parseInline('[click](javascript:alert(1)) [mail](mailto:a@b.org)')).toEqual([
      { type: 'text', text: 'click' },
      { type: 'text', text: ' ' },
      { type: 'link', href: 'mailto:a@b.org', children: [{ type: 'text', text: 'mail' }] },
    ]);
  });

  it('leaves unmatched delimiters and intraword underscores as text', () => {
    expect(parseInline('2 * 3 and snake_case and **open')).toEqual([{ type: 'text', text: '2 * 3 and snake_case and **open' }]);
  });
});

describe('parseMarkdown', () => {
  it('reads headings, quotes, nested lists with quotes inside, and footnote definitions', () => {
    const md = ['# Title', '', 'A *para*', 'on two lines.', '', '- **Reason**', '', '  > A quote (para. 3)', '', '  - **Objection** — no', '- Second', '', '[^1]: Lih, *Lenin*.', '[^2]: Ibid.'].join('\n');
    expect(parseMarkdown(md)).toEqual([
      { type: 'heading', level: 1, children: [{ type: 'text', text: 'Title' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'A ' }, { type: 'em', children: [{ type: 'text', text: 'para' }] }, { type: 'text', text: ' on two lines.' }] },
      {
        type: 'list',
        items: [
          [
            { type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', text: 'Reason' }] }] },
            { type: 'quote', children: [{ type: 'paragraph', children: [{ type: 'text', text: 'A quote (para. 3)' }] }] },
            { type: 'list', items: [[{ type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', text: 'Objection' }] }, { type: 'text', text: ' — no' }] }]] },
          ],
          [{ type: 'paragraph', children: [{ type: 'text', text: 'Second' }] }],
        ],
      },
      {
        type: 'footnotes',
        notes: [
          { label: '1', children: [{ type: 'text', text: 'Lih, ' }, { type: 'em', children: [{ type: 'text', text: 'Lenin' }] }, { type: 'text', text: '.' }] },
          { label: '2', children: [{ type: 'text', text: 'Ibid.' }] },
        ],
      },
    ]);
  });

  it('keeps a line that only looks like a heading or list, once escaped, as a paragraph', () => {
    const blocks = parseMarkdown(escapeBlock('# Not a heading\n- nor a list\n1. nor numbered'));
    expect(blocks).toHaveLength(1);
    expect(blocks[0]!.type).toBe('paragraph');
  });

  it('reads a whole rendered outline: every passage verbatim in a quote, every heading, the bibliography', async () => {
    const { map, sourceTexts } = loadDebateFixture();
    const built = buildOutline(map, 'permanent-revolution', { sourceTexts });
    if (!built.ok) throw new Error(built.problem.message);
    const citations = await formatCitations(map.references, outlineCiteRequests(built.outline), { style: 'chicago-note-bibliography', files });
    const blocks = parseMarkdown(renderOutlineMarkdown(built.outline, { citations, mapTitle: map.title }));
    const all = allBlocks(blocks);

    const headings = all.flatMap((b) => (b.type === 'heading' ? [inlineText(b.children)] : []));
    expect(headings).toContain('Counter-arguments');
    expect(headings.at(-1)).toBe('Bibliography');

    const quotes = all.flatMap((b) => (b.type === 'quote' ? b.children.flatMap((p) => (p.type === 'paragraph' ? [inlineText(p.children)] : [])) : []));
    const passages = (map as ArgumentMap).nodes.flatMap((n) => (n.kind === 'passage' ? [n.quote] : []));
    const quoted = passages.filter((q) => quotes.some((text) => text.startsWith(q)));
    expect(quoted.length).toBeGreaterThanOrEqual(4);
    for (const q of quoted) expect(quotes.find((t) => t.startsWith(q))).toMatch(/\(para\. \d+\)$/);

    const notes = all.find((b) => b.type === 'footnotes');
    expect(notes?.type === 'footnotes' && notes.notes.length).toBe(Object.keys(citations.notes).length);
    const bibliography = blocks.at(-1)!;
    expect(bibliography.type).toBe('list');
    expect(bibliography.type === 'list' && bibliography.items.map(([first]) => inlineText(first?.type === 'paragraph' ? first.children : []))).toEqual(
      citations.bibliography.map((b) => inlineText(parseInline(b.text))),
    );
  });
});
