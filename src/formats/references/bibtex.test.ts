import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReferenceSchema } from '../../domain/schema/reference';
import { corpusReference } from '../../domain/testing/corpusReferences';
import { biblatexImporter, bibtexImporter } from './bibtex';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../../tests/fixtures/references', name), 'utf8');

describe('the BibTeX importer', () => {
  it('reads every entry of a file as a valid reference, with the corpus facts', async () => {
    const result = await bibtexImporter.parse(fixture('historiography.bib'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    expect(result.value.map((r) => r.id)).toEqual(['conquest1986', 'davies-wheatcroft2004', 'lih2011', 'stalin1924b', 'mcdermott-agnew1996']);
    for (const ref of result.value) expect(ReferenceSchema.safeParse(ref).success).toBe(true);
    const [conquest, davies, lih, stalin, comintern] = result.value;
    const corpus = corpusReference('conquest1986');
    expect(conquest).toMatchObject({ type: 'book', title: corpus.title, author: corpus.author, issued: corpus.issued, publisher: 'Oxford University Press', 'publisher-place': 'New York', ISBN: corpus.ISBN });
    expect(davies).toMatchObject({ title: corpusReference('davies-wheatcroft2004').title, 'collection-title': 'The Industrialisation of Soviet Russia', author: corpusReference('davies-wheatcroft2004').author });
    expect(lih).toMatchObject({ type: 'article-journal', 'container-title': 'Russian History', volume: '38', issue: '2', page: '199-242', issued: { 'date-parts': [[2011]] } });
    expect(stalin).toMatchObject({ type: 'chapter', 'container-title': 'On the Road to October', issued: { 'date-parts': [[1924, 12]] } });
    expect(comintern).toMatchObject({ DOI: '10.1007/978-1-349-25024-0', ISBN: '978-0-333-55284-1' });
    // The key is the id: no redundant citation-key.
    expect(conquest).not.toHaveProperty('citation-key');
  });

  it('refuses a file with an unreadable entry, naming its line and key, and imports nothing', async () => {
    const result = await bibtexImporter.parse(fixture('broken.bib'));
    expect(result.ok).toBe(false);
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatchObject({ code: 'REFERENCES_UNREADABLE', path: 'line 9', recordId: 'figes1996' });
    expect(result.problems[0]!.message).toMatch(/^entry "figes1996" \(line 9\) cannot be read: .* at line \d+:\d+$/);
  });

  it('names each of several unreadable entries', async () => {
    const text = '@book{a, title = {One}\n\n@book{b, title = {Two}}\n@book{c, title = "Three}\n';
    const result = await bibtexImporter.parse(text);
    expect(result.ok).toBe(false);
    expect(result.problems.map((p) => [p.path, p.recordId])).toEqual([
      ['line 1', 'a'],
      ['line 4', 'c'],
    ]);
  });

  it('resolves @string macros when it looks for the entry at fault', async () => {
    const text = '@string{oup = "Oxford University Press"}\n@book{ok, title = {T}, publisher = oup}\n@book{bad, title = {T}\n';
    const result = await bibtexImporter.parse(text);
    expect(result.problems.map((p) => p.recordId)).toEqual(['bad']);
  });

  it('says an empty file or one with only comments holds no references', async () => {
    for (const text of ['', '% nothing here\n', 'plain text']) {
      const result = await bibtexImporter.parse(text);
      expect(result).toMatchObject({ ok: false, problems: [{ code: 'REFERENCES_EMPTY' }] });
    }
  });

  it('refuses an entry with nothing to cite it by', async () => {
    const result = await bibtexImporter.parse('@misc{empty,\n  keywords = {x}\n}\n');
    expect(result).toMatchObject({ ok: false, problems: [{ code: 'REFERENCE_INVALID', path: 'line 1' }] });
  });

  it('gives entries with keys ids do not allow (or twice) valid, unique ids, and says so', async () => {
    const text = '@book{Lih 2006, title = {Lenin Rediscovered}, author = {Lih, Lars T.}, year = 2006}\n@book{dup, title = {A}, year = 1}\n@book{dup, title = {B}, year = 2}\n';
    const result = await bibtexImporter.parse(text);
    // "Lih 2006" is not even read as a key by BibTeX (a key ends at a space): it is refused, not guessed at.
    expect(result.ok).toBe(false);
    const ok = await bibtexImporter.parse(text.split('\n').slice(1).join('\n'));
    expect(ok.ok && ok.value.map((r) => r.id)).toEqual(['dup', 'dup-2']);
    expect(ok.problems).toContainEqual(expect.objectContaining({ code: 'REFERENCE_ID_CHANGED', path: 'line 2', severity: 'info' }));
  });

  it('writes a DOI given as a link as the bare DOI CSL expects', async () => {
    const result = await bibtexImporter.parse('@book{mcdermott-agnew1996, title = {The Comintern}, year = 1996, doi = {https://doi.org/10.1007/978-1-349-25024-0}}');
    expect(result.ok && result.value[0]!.DOI).toBe('10.1007/978-1-349-25024-0');
  });

  it('takes rich text out of titles', async () => {
    const result = await bibtexImporter.parse('@book{x, title = {On \\emph{What Is to Be Done?}}, year = 2006}');
    expect(result.ok && result.value[0]!.title).toBe('On What Is to Be Done?');
  });

  it('warns that BibLaTeX fields are lost when a BibLaTeX file is read as BibTeX', async () => {
    const result = await bibtexImporter.parse(fixture('historiography-biblatex.bib'));
    expect(result.ok).toBe(true);
    expect(result.problems.filter((p) => p.code === 'REFERENCE_FIELD_DROPPED').map((p) => p.message)).toContain(
      'entry "conquest1986" (line 1): "date" is a BibLaTeX field, which BibTeX does not have; import the file as BibLaTeX (--from biblatex) to keep it',
    );
  });

  it('tells BibTeX from BibLaTeX by content', () => {
    const bib = fixture('historiography.bib');
    const biblatex = fixture('historiography-biblatex.bib');
    expect([bibtexImporter.detect(bib), biblatexImporter.detect(bib)]).toEqual([true, false]);
    expect([bibtexImporter.detect(biblatex), biblatexImporter.detect(biblatex)]).toEqual([false, true]);
    expect(bibtexImporter.detect('TY  - BOOK')).toBe(false);
  });
});

describe('the BibLaTeX importer', () => {
  it('reads BibLaTeX fields: date, journaltitle, location, subtitle', async () => {
    const result = await biblatexImporter.parse(fixture('historiography-biblatex.bib'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    const [conquest, lih, comintern] = result.value;
    expect(conquest).toMatchObject({ title: corpusReference('conquest1986').title, 'publisher-place': 'New York', issued: { 'date-parts': [[1986]] } });
    expect(lih).toMatchObject({ 'container-title': 'Russian History', issued: { 'date-parts': [[2011]] } });
    expect(comintern).toMatchObject({ 'publisher-place': 'Basingstoke', DOI: '10.1007/978-1-349-25024-0' });
  });
});
