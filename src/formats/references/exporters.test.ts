import { describe, expect, it } from 'vitest';
import historiography from '../../../data/corpus/historiography.json';
import type { Reference } from '../../domain/schema/reference';
import { corpusReference } from '../../domain/testing/corpusReferences';
import { biblatexImporter, bibtexImporter } from './bibtex';
import { cslJsonImporter } from './cslJson';
import { bibtexExporter, cslJsonExporter } from './exporters';

const WORKS = ['conquest1986', 'davies-wheatcroft2004', 'mcdermott-agnew1996', 'lih-russian-history', 'figes1996', 'stalin1924b', 'deutscher1954', 'martov1923'].map(corpusReference);

/** What a round trip must keep: title, authors, year, publisher, DOI and ISBN. */
const facts = (r: Reference) => ({ id: r.id, title: r.title, author: r.author, issued: r.issued, publisher: r.publisher, DOI: r.DOI, ISBN: r.ISBN });

describe('the BibTeX exporter', () => {
  it('writes one entry per reference, keyed by its id, without the curators’ notes', async () => {
    const bib = await bibtexExporter.render(WORKS);
    expect(bib.match(/^@\w+\{/gm)).toHaveLength(WORKS.length);
    for (const ref of WORKS) expect(bib).toContain(`{${ref.id},\n`);
    expect(bib).toContain('@book{mcdermott-agnew1996,');
    expect(bib).toContain('doi = {10.1007/978-1-349-25024-0}');
    expect(bib).not.toMatch(/^\s*note\s*=/m);
  });

  it('round trip CSL -> BibTeX -> CSL keeps title, authors, year, publisher, DOI and ISBN', async () => {
    const back = await bibtexImporter.parse(await bibtexExporter.render(WORKS));
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.value.map(facts)).toEqual(WORKS.map(facts));
    // Only year and month survive BibTeX: the chapter's December 1924 too.
    expect(back.value.find((r) => r.id === 'stalin1924b')!.issued).toEqual({ 'date-parts': [[1924, 12]] });
  });

  it('round trips the whole corpus through BibTeX and BibLaTeX readers alike', async () => {
    const corpus = (historiography as unknown as Reference[]).map((r) => corpusReference(r.id));
    const bib = await bibtexExporter.render(corpus);
    for (const importer of [bibtexImporter, biblatexImporter]) {
      const back = await importer.parse(bib);
      expect(back.ok).toBe(true);
      if (!back.ok) continue;
      expect(back.value.map((r) => [r.id, r.title, r.author, r.publisher, r.DOI, r.ISBN])).toEqual(corpus.map((r) => [r.id, r.title, r.author, r.publisher, r.DOI, r.ISBN]));
    }
  });

  it('escapes text TeX would read as markup, so it comes back as written', async () => {
    const hostile: Reference = { ...corpusReference('figes1996'), title: 'A} , note = {x} \\input{/etc/passwd} 100% #1 $x$ _u_ ~ ^ & é' };
    const bib = await bibtexExporter.render([hostile]);
    expect(bib.match(/^\s*\w+ = /gm)).toHaveLength(5); // author, year, address, publisher, title: no injected field
    const back = await bibtexImporter.parse(bib);
    expect(back.ok && back.value[0]!.title).toBe(hostile.title);
  });

  it('writes an empty file for no references', async () => {
    expect(await bibtexExporter.render([])).toBe('\n');
  });
});

describe('the CSL-JSON exporter', () => {
  it('writes the references exactly, and reads back the same', async () => {
    const json = await cslJsonExporter.render(WORKS);
    expect(JSON.parse(json)).toEqual(WORKS);
    expect(await cslJsonImporter.parse(json)).toEqual({ ok: true, value: WORKS, problems: [] });
  });
});
