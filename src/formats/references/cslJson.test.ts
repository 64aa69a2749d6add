import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import historiography from '../../../data/corpus/historiography.json';
import { ReferenceSchema } from '../../domain/schema/reference';
import { corpusReference } from '../../domain/testing/corpusReferences';
import { cslJsonImporter } from './cslJson';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../../tests/fixtures/references', name), 'utf8');

describe('the CSL-JSON importer', () => {
  it('keeps CSL items as they are', async () => {
    const result = await cslJsonImporter.parse(JSON.stringify([corpusReference('davies-wheatcroft2004'), corpusReference('stalin1924b')]));
    expect(result).toEqual({ ok: true, value: [corpusReference('davies-wheatcroft2004'), corpusReference('stalin1924b')], problems: [] });
  });

  it('repairs what it can, and says what and where', async () => {
    const result = await cslJsonImporter.parse(fixture('historiography.csl.json'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value[1]).toMatchObject({ id: 'Lih-2011', type: 'article-journal', volume: 38, 'citation-key': 'Lih 2011' });
    expect(result.value[1]).not.toHaveProperty('libraryCatalog');
    expect(result.problems.map((p) => [p.code, p.path])).toEqual([
      ['REFERENCE_FIELD_DROPPED', '$[1].libraryCatalog'],
      ['REFERENCE_TYPE_FIXED', '$[1].type'],
      ['REFERENCE_ID_CHANGED', '$[1].id'],
    ]);
  });

  it('reads the whole corpus, dropping only the corpus bookkeeping that is not CSL', async () => {
    const result = await cslJsonImporter.parse(JSON.stringify(historiography));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toHaveLength(historiography.length);
    for (const ref of result.value) expect(ReferenceSchema.safeParse(ref).success).toBe(true);
    expect(new Set(result.problems.map((p) => `${p.code} ${p.path.replace(/^\$\[\d+\]/, '')}`))).toEqual(new Set(['REFERENCE_FIELD_DROPPED .bearsOn', 'REFERENCE_FIELD_DROPPED .stance']));
  });

  it('reads one item on its own', async () => {
    const result = await cslJsonImporter.parse(JSON.stringify(corpusReference('figes1996')));
    expect(result.ok && result.value).toEqual([corpusReference('figes1996')]);
  });

  it('drops fields of the wrong shape, keeping the item', async () => {
    const item = { ...corpusReference('figes1996'), author: 'Figes, Orlando', issued: { 'date-parts': 'soon' }, volume: { n: 1 } };
    const result = await cslJsonImporter.parse(JSON.stringify([item]));
    expect(result.ok).toBe(true);
    expect(result.problems.map((p) => p.path)).toEqual(['$[0].author', '$[0].issued', '$[0].volume']);
  });

  it('refuses what is not CSL-JSON, with the place', async () => {
    expect(await cslJsonImporter.parse('[{"id": "a", ')).toMatchObject({ ok: false, problems: [{ code: 'JSON_INVALID' }] });
    expect(await cslJsonImporter.parse('42')).toMatchObject({ ok: false, problems: [{ code: 'REFERENCE_INVALID', path: '$' }] });
    expect(await cslJsonImporter.parse('[{"id": "a", "type": "book", "title": "T"}, "text"]')).toMatchObject({ ok: false, problems: [{ code: 'REFERENCE_INVALID', path: '$[1]' }] });
    expect(await cslJsonImporter.parse('[]')).toMatchObject({ ok: false, problems: [{ code: 'REFERENCES_EMPTY' }] });
  });

  it('takes a Counterpoint map for no CSL-JSON', () => {
    expect(cslJsonImporter.detect('{"format": "counterpoint-map", "title": "x"}')).toBe(false);
    expect(cslJsonImporter.detect(fixture('historiography.csl.json'))).toBe(true);
  });
});
