import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hasErrors } from '../../domain/errors';
import { HOSTILE_IDS, HOSTILE_KEYS, isTypedResult, prototypesUntouched } from '../../domain/testing/hostile';
import { ReferenceSchema, type Reference } from '../../domain/schema/reference';
import { REFERENCE_IMPORTERS } from '../registry';
import { bibtexImporter } from './bibtex';
import { cslJsonImporter } from './cslJson';
import { bibtexExporter, cslJsonExporter } from './exporters';

/** Pieces of every syntax the importers read, so random text reaches past their first checks. */
const PIECES = [
  '@book{', '@article(', '@string{', '@comment{', '@preamble{"', 'key,', ' title = {', ' author = "', ' year = ', '2006', '}', '{', '"', ' # ', ',', '\n',
  '\\emph{', '\\\'{e}', '--', '%', 'and', 'TY  - ', 'BOOK', 'JOUR', 'XYZ', 'AU  - ', 'TI  - ', 'PY  - ', 'ER  - ', 'ID  - ', 'DO  - 10.1007/x',
  '[', ']', '{"id": ', '"type": ', '"title": ', '"author": [', '{"family": "', '"issued": {"date-parts": [[', '1986', ']]}', 'null', ':', '<i>', '</i>',
];
const syntaxSoup = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 })), { maxLength: 40 }).map((parts) => parts.join(''));
/** Well-formed files of each syntax with arbitrary values, so random input also reaches the mapping to CSL. */
const value = fc.oneof(fc.string({ maxLength: 30 }), fc.string({ unit: 'binary', maxLength: 12 }), fc.constantFrom('Lih, Lars T.', 'Davies, R. W. and Wheatcroft, Stephen G.', '2004', '199--242', '10.1007/978-1-349-25024-0'));
const bibField = fc.tuple(fc.constantFrom('title', 'author', 'editor', 'year', 'date', 'month', 'pages', 'journal', 'publisher', 'doi', 'isbn', 'url', 'crossref', 'keywords', 'x-unknown', '__proto__', 'constructor'), value);
const bibEntry = fc
  .tuple(fc.constantFrom('book', 'article', 'incollection', 'misc', 'online', 'thesis', 'weird'), fc.oneof(fc.stringMatching(/^[^\s,{}()]{1,12}$/), fc.constantFrom(...HOSTILE_KEYS, ...HOSTILE_IDS)), fc.array(bibField, { maxLength: 6 }))
  .map(([type, key, fields]) => `@${type}{${key},\n${fields.map(([f, v]) => `  ${f} = {${v}}`).join(',\n')}\n}\n`);
const risRecord = fc
  .tuple(fc.constantFrom('BOOK', 'JOUR', 'CHAP', 'GEN', 'NOPE', ''), fc.array(fc.tuple(fc.constantFrom('AU', 'TI', 'T2', 'PY', 'DA', 'SP', 'EP', 'SN', 'DO', 'UR', 'ID', 'ZZ'), value), { maxLength: 6 }))
  .map(([type, tags]) => [`TY  - ${type}`, ...tags.map(([t, v]) => `${t}  - ${v.replace(/[\r\n]/g, ' ')}`), 'ER  - '].join('\n'));
const cslKey = fc.constantFrom('id', 'type', 'title', 'author', 'editor', 'issued', 'volume', 'page', 'DOI', 'ISBN', 'URL', 'note', 'custom', '__proto__');
const cslItems = fc.array(fc.dictionary(cslKey, fc.jsonValue({ maxDepth: 3 })), { maxLength: 4 }).map((items) => JSON.stringify(items));
const files = fc.oneof(fc.array(bibEntry, { maxLength: 4 }).map((e) => e.join('\n')), fc.array(risRecord, { maxLength: 4 }).map((r) => r.join('\n\n')), cslItems);
const anyText = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'binary', maxLength: 200 }), syntaxSoup, files);

describe('reference importers on arbitrary text', () => {
  it.each(REFERENCE_IMPORTERS.map((i) => [i.label, i] as const))('%s never throws, and gives valid references or errors', async (_label, importer) => {
    await fc.assert(
      fc.asyncProperty(anyText, async (text) => {
        const result = await importer.parse(text);
        if (result.ok) {
          expect(result.value.length).toBeGreaterThan(0);
          for (const ref of result.value) expect(ReferenceSchema.safeParse(ref).success).toBe(true);
          expect(new Set(result.value.map((r) => r.id)).size).toBe(result.value.length);
        } else {
          expect(hasErrors(result.problems)).toBe(true);
        }
        expect(isTypedResult(result)).toBe(true);
        expect(prototypesUntouched()).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

/** References as a user would type them: words, names and years, in any CSL type the BibTeX mapping knows. */
const word = fc.stringMatching(/^[A-Z][a-z]{1,9}$/);
const words = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(' '));
const reference: fc.Arbitrary<Reference> = fc.record({
  id: fc.stringMatching(/^[a-z][a-z0-9-]{0,20}[0-9]$/),
  type: fc.constantFrom('book', 'article-journal', 'chapter', 'report', 'thesis'),
  title: words,
  author: fc.array(fc.record({ family: word, given: word }), { minLength: 1, maxLength: 3 }),
  issued: fc.integer({ min: 1800, max: 2030 }).map((y) => ({ 'date-parts': [[y]] })),
  publisher: words,
}) as fc.Arbitrary<Reference>;
const library = fc.uniqueArray(reference, { selector: (r) => r.id, minLength: 1, maxLength: 5 });

describe('reference exporters then importers', () => {
  it('BibTeX keeps ids, titles, authors, years and publishers', async () => {
    await fc.assert(
      fc.asyncProperty(library, async (refs) => {
        const back = await bibtexImporter.parse(await bibtexExporter.render(refs));
        expect(back.ok).toBe(true);
        if (!back.ok) return;
        const facts = (r: Reference) => [r.id, r.title, r.author, r.issued, r.publisher];
        expect(back.value.map(facts)).toEqual(refs.map(facts));
      }),
      { numRuns: 60 },
    );
  });

  it('CSL-JSON keeps everything', async () => {
    await fc.assert(
      fc.asyncProperty(library, async (refs) => {
        expect(await cslJsonImporter.parse(await cslJsonExporter.render(refs))).toEqual({ ok: true, value: refs, problems: [] });
      }),
      { numRuns: 60 },
    );
  });
});
