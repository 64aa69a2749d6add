import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { loadDebateFixture, allItems } from '../../../../tests/fixtures/outline/fixture';
import { loadPagedFixture } from '../../../../tests/fixtures/sources/fixture';
import { formatCitations } from '../../citations/processor';
import { prepareOutline } from '../index';
import { outlineCiteRequests } from '../citeRequests';
import { outlineDocx, renderOutlineDocx } from './index';

const files = (file: string) => readFile(join(import.meta.dirname, '../../citations/styles', file), 'utf8');
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** A .docx opened as a person's word processor would: unzipped, each part parsed as strict XML. */
function openDocx(bytes: Uint8Array): { document: Document; footnotes: Document; numbering: Document } {
  const parts = unzipSync(bytes);
  const parse = (name: string) =>
    new DOMParser({ onError: (level, message) => { throw new Error(`${name}: ${level}: ${message}`); } }).parseFromString(strFromU8(parts[name]!), 'text/xml');
  expect(Object.keys(parts)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'word/document.xml', 'word/footnotes.xml', 'word/styles.xml', 'word/numbering.xml']));
  return { document: parse('word/document.xml'), footnotes: parse('word/footnotes.xml'), numbering: parse('word/numbering.xml') };
}

const els = (node: Document | Element, tag: string): Element[] => Array.from(node.getElementsByTagNameNS(W, tag));
const textOf = (node: Element) => els(node, 't').map((t) => t.textContent).join('');
const paragraphs = (doc: Document) => els(doc, 'p').map((p) => ({ p, text: textOf(p), style: els(p, 'pStyle')[0]?.getAttributeNS(W, 'val') ?? '' }));
/** The footnotes a reader sees, by id: Word's two separators (ids -1 and 0) left out. */
const footnotes = (doc: Document) =>
  new Map(els(doc, 'footnote').filter((f) => !f.getAttributeNS(W, 'type')).map((f) => [Number(f.getAttributeNS(W, 'id')), textOf(f).trim()]));

const fixture = loadDebateFixture();
const THESIS = 'permanent-revolution';

describe('the outline as a Word document', () => {
  it('carries every citation of the outline as a real footnote, in Chicago notes style, each one referenced in the text', async () => {
    const result = await outlineDocx(fixture.map, THESIS, { sourceTexts: fixture.sourceTexts, files, style: 'apa' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { document, footnotes: notesXml } = openDocx(result.bytes);
    const requests = outlineCiteRequests(result.outline);
    expect(requests.length).toBeGreaterThan(3);
    const expected = await formatCitations(fixture.map.references, requests, { style: 'chicago-note-bibliography', output: 'text', files });
    const notes = footnotes(notesXml);
    expect([...notes.keys()]).toEqual(requests.map((_, i) => i + 1));
    for (const r of requests) expect(notes.get(expected.notes[r.key]!)).toBe(expected.cites[r.key]);
    // Every note is marked in the text, once.
    const marks = els(document, 'footnoteReference').map((e) => Number(e.getAttributeNS(W, 'id')));
    expect(marks).toEqual([...notes.keys()]);
    // Works, and objections drawn from works, are cited.
    const cited = new Set(requests.map((r) => allItems(result.outline).find((i) => i.id === r.key)!.role));
    expect([...cited]).toEqual(expect.arrayContaining(['work', 'objection']));
  });

  it('lists the bibliography in the chosen style', async () => {
    for (const style of ['apa', 'chicago-note-bibliography'] as const) {
      const result = await outlineDocx(fixture.map, THESIS, { sourceTexts: fixture.sourceTexts, files, style });
      if (!result.ok) throw new Error('no outline');
      const entries = paragraphs(openDocx(result.bytes).document).filter((p) => p.style === 'Bibliography').map((p) => p.text);
      const expected = await formatCitations(fixture.map.references, outlineCiteRequests(result.outline), { style, output: 'text', files });
      expect(entries).toEqual(expected.bibliography.map((b) => b.text));
    }
  });

  it('sets out the outline as the Markdown does: headings, numbered points, passages quoted verbatim', async () => {
    const prepared = await prepareOutline(fixture.map, THESIS, { sourceTexts: fixture.sourceTexts, files, style: 'chicago-note-bibliography' });
    if (!prepared.ok) throw new Error('no outline');
    const bytes = await renderOutlineDocx(prepared.outline, { notes: prepared.citations, bibliography: prepared.citations, mapTitle: fixture.map.title });
    const { document, numbering } = openDocx(bytes);
    const all = paragraphs(document);
    expect(all.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual(['Thesis', 'Arguments for', 'Counter-arguments', 'Historiography', 'Conclusion', 'Bibliography']);
    expect(all[0]).toMatchObject({ style: 'Title', text: 'Essay outline: Permanent revolution' });
    const quotes = all.filter((p) => p.style === 'Quote').map((p) => p.text);
    const passages = allItems(prepared.outline).filter((i) => i.role === 'evidence' && !i.excluded);
    expect(passages.length).toBeGreaterThan(2);
    for (const passage of passages) expect(quotes.some((q) => q.startsWith(`${passage.text} (para. ${passage.passage!.paragraph})`))).toBe(true);
    // Reasons and objections are numbered list items, nested by depth.
    const points = all.filter((p) => els(p.p, 'numPr').length > 0);
    expect(points.some((p) => p.text.startsWith('Reason: The bourgeoisie of the imperialist epoch'))).toBe(true);
    expect(points.some((p) => p.text.startsWith('Objection: The theory discounts the peasantry'))).toBe(true);
    const levelsUsed = new Set(points.map((p) => els(p.p, 'ilvl')[0]!.getAttributeNS(W, 'val')));
    expect(levelsUsed.size).toBeGreaterThan(1);
    expect(els(numbering, 'abstractNum').length).toBeGreaterThan(0);
  });

  it('cites passages of a paged source in footnotes, with the page the processor was given', async () => {
    // The sources fixture: its source is a work (a test printing with its own pages), so passages cite it by page.
    const paged = loadPagedFixture();
    const result = await outlineDocx(paged.map, THESIS, { sourceTexts: paged.sourceTexts, files, style: 'chicago-note-bibliography' });
    if (!result.ok) throw new Error('no outline');
    const { document, footnotes: notesXml } = openDocx(result.bytes);
    const evidence = result.outline.thesis.children.filter((c) => c.role === 'evidence');
    expect(evidence.length).toBeGreaterThan(0);
    const expected = await formatCitations(paged.map.references, outlineCiteRequests(result.outline), { style: 'chicago-note-bibliography', output: 'text', files });
    const notes = footnotes(notesXml);
    for (const passage of evidence) {
      const n = expected.notes[passage.id]!;
      expect(passage.cite).toEqual({ refId: 'test-printing', pages: passage.passage!.page });
      expect(notes.get(n)).toBe(expected.cites[passage.id]);
      // The locator closes the note: "…,” 1." (Chicago sets the comma inside the quotation marks).
      expect(notes.get(n)!.endsWith(` ${passage.passage!.page}.`)).toBe(true);
      const quote = paragraphs(document).find((p) => p.style === 'Quote' && p.text.startsWith(passage.text))!;
      expect(els(quote.p, 'footnoteReference').map((e) => Number(e.getAttributeNS(W, 'id')))).toEqual([n]);
      expect(quote.text).not.toContain('(para.');
    }
    // The source is a work: it is in the bibliography, and no line says passages are cited by paragraph.
    const all = paragraphs(document);
    expect(all.filter((p) => p.style === 'Bibliography').map((p) => p.text)).toContain(expected.bibliography.find((b) => b.refId === 'test-printing')!.text);
    expect(all.some((p) => p.text.includes('cited by paragraph number'))).toBe(false);
  });

  it('keeps map text as text: markup and characters XML forbids never reach the document', async () => {
    const map = structuredClone(fixture.map);
    const hostile = '</w:t></w:r></w:p><w:p><w:r><w:t>injected & <b>bold</b> \u0001\u0008\uFFFF';
    const thesis = map.nodes.find((n) => n.id === THESIS)!;
    if (thesis.kind === 'claim') thesis.text = hostile;
    map.references[0]!.title = hostile;
    const result = await outlineDocx(map, THESIS, { sourceTexts: fixture.sourceTexts, files });
    if (!result.ok) throw new Error('no outline');
    const { document } = openDocx(result.bytes);
    const texts = paragraphs(document).map((p) => p.text);
    expect(texts).toContain('</w:t></w:r></w:p><w:p><w:r><w:t>injected & <b>bold</b> ');
    expect(texts.some((t) => t.startsWith('<w:p>') || t === 'injected')).toBe(false);
  });

  it('refuses an unknown thesis with the outline’s coded problem', async () => {
    expect(await outlineDocx(fixture.map, 'no-such-claim', { files })).toMatchObject({ ok: false, problem: { code: 'UNKNOWN_THESIS' } });
  });
});
