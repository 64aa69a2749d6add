import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { corpusReference } from '../../domain/testing/corpusReferences';
import { importReferencesInto } from './importInto';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, '../../../tests/fixtures/references', name), 'utf8');

describe('importReferencesInto', () => {
  it('adds the works a map lacks and matches those it has, whatever their keys', async () => {
    // The map already cites Conquest (same ISBN) and Lih's article (same title and year, another key).
    const existing = [corpusReference('conquest1986'), corpusReference('lih-russian-history')];
    const result = await importReferencesInto(existing, fixture('historiography.bib'), { fileName: 'refs.bib' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.format).toBe('bibtex');
    expect(result.merge.matched.map((m) => [m.incoming.id, m.existing.id, m.by])).toEqual([
      ['conquest1986', 'conquest1986', 'ISBN'],
      ['lih2011', 'lih-russian-history', 'title and year'],
    ]);
    expect(result.merge.added.map((r) => r.id)).toEqual(['davies-wheatcroft2004', 'stalin1924b', 'mcdermott-agnew1996']);
    expect(result.merge.references.slice(0, 2)).toEqual(existing);
  });

  it('merges nothing from a file with an error', async () => {
    const result = await importReferencesInto([corpusReference('conquest1986')], fixture('broken.bib'), { from: 'bibtex' });
    expect(result).toMatchObject({ ok: false, problems: [{ code: 'REFERENCES_UNREADABLE' }] });
  });

  it('tells the format from the content of pasted text', async () => {
    const result = await importReferencesInto([], fixture('historiography.ris'));
    expect(result.ok && result.format).toBe('ris');
  });
});
