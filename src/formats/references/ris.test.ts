import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ReferenceSchema } from '../../domain/schema/reference';
import { corpusReference } from '../../domain/testing/corpusReferences';
import { risImporter } from './ris';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../../tests/fixtures/references', name), 'utf8');

describe('the RIS importer', () => {
  it('reads every record as a valid reference with the corpus facts', async () => {
    const result = await risImporter.parse(fixture('historiography.ris'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.map((r) => r.id)).toEqual(['conquest1986', 'lih2011', 'mcdermott-agnew1996']);
    for (const ref of result.value) expect(ReferenceSchema.safeParse(ref).success).toBe(true);
    const { note: _note, ...conquest } = corpusReference('conquest1986');
    expect(result.value[0]).toEqual(conquest);
    expect(result.value[1]).toMatchObject({ type: 'article-journal', 'container-title': 'Russian History', page: '199-242', volume: '38', issue: '2' });
    expect(result.value[2]).toMatchObject({ author: corpusReference('mcdermott-agnew1996').author, DOI: '10.1007/978-1-349-25024-0' });
    // The record without an ID gets one made from its author and year, and says so.
    expect(result.problems).toEqual([expect.objectContaining({ code: 'REFERENCE_ID_CHANGED', path: 'line 11' })]);
  });

  it('reads a record of an unknown type as a generic one rather than lose its fields', async () => {
    const result = await risImporter.parse('TY  - NOPE\nAU  - Conquest, Robert\nTI  - The Harvest of Sorrow\nPY  - 1986\nER  - \n');
    expect(result.ok && result.value[0]).toMatchObject({ type: 'document', title: 'The Harvest of Sorrow', author: [{ family: 'Conquest', given: 'Robert' }] });
    expect(result.problems).toContainEqual(expect.objectContaining({ code: 'REFERENCE_TYPE_FIXED', path: 'line 1' }));
  });

  it('refuses a tag outside any record, naming its line', async () => {
    const result = await risImporter.parse('TY  - BOOK\nTI  - The Harvest of Sorrow\nER  - \nAU  - Conquest, Robert\n');
    expect(result).toEqual({ ok: false, problems: [expect.objectContaining({ code: 'REFERENCES_UNREADABLE', path: 'line 4' })] });
  });

  it('refuses a record with nothing to cite it by, and text with no record', async () => {
    expect(await risImporter.parse(fixture('doi-only.ris'))).toMatchObject({ ok: false, problems: [{ code: 'REFERENCE_INVALID', path: 'line 1' }] });
    expect(await risImporter.parse('Provider: nobody\n')).toMatchObject({ ok: false, problems: [{ code: 'REFERENCES_EMPTY' }] });
  });

  it('joins continuation lines and reads Windows line ends', async () => {
    const result = await risImporter.parse('TY  - BOOK\r\nTI  - The Harvest of Sorrow:\r\nSoviet Collectivization and the Terror-Famine\r\nPY  - 1986\r\nER  - \r\n');
    expect(result.ok && result.value[0]!.title).toBe(corpusReference('conquest1986').title);
  });
});
