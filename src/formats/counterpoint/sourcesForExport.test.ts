import { describe, expect, it } from 'vitest';
import { sampleMap, SAMPLE_SOURCE } from '../../domain/testing/sampleMap';
import { textHash } from '../../domain/text/hash';
import { freeName, prepareSourcesForExport } from './sourcesForExport';

const withSources = (...sources: object[]) => ({ ...sampleMap(), sources }) as ReturnType<typeof sampleMap>;
const STORED = { id: 'big:book', title: 'A book', stored: 'browser', hash: textHash('Book text.'), pages: [{ start: 0, label: '1' }] };

describe('prepareSourcesForExport', () => {
  it('embeds every text it has, dropping the browser store and the file, with a fresh hash', () => {
    const map = withSources({ id: 's', title: 'S', file: 'sources/s.txt' }, STORED);
    const r = prepareSourcesForExport(map, { s: SAMPLE_SOURCE, 'big:book': 'Book text.' }, 'embed');
    expect(r.files).toEqual([]);
    expect(r.problems).toEqual([]);
    expect(r.map.sources).toEqual([
      { id: 's', title: 'S', hash: textHash(SAMPLE_SOURCE), text: SAMPLE_SOURCE },
      { id: 'big:book', title: 'A book', hash: textHash('Book text.'), pages: [{ start: 0, label: '1' }], text: 'Book text.' },
    ]);
  });

  it('names files under sources/ from the ids, keeping a file a source already had, and returns the texts to write', () => {
    const map = withSources({ id: 's', title: 'S', file: 'sources/s.txt' }, STORED, { id: 'pasted', title: 'P', text: 'Pasted.' });
    const r = prepareSourcesForExport(map, { s: SAMPLE_SOURCE, 'big:book': 'Book text.', pasted: 'Pasted.' }, 'files');
    expect(r.map.sources.map((s) => [s.file, s.text, s.stored])).toEqual([
      ['sources/s.txt', undefined, undefined],
      ['sources/big-book.txt', undefined, undefined],
      ['sources/pasted.txt', undefined, undefined],
    ]);
    expect(r.files).toEqual([
      { path: 'sources/s.txt', text: SAMPLE_SOURCE },
      { path: 'sources/big-book.txt', text: 'Book text.' },
      { path: 'sources/pasted.txt', text: 'Pasted.' },
    ]);
  });

  it('never names a path outside the folder, nor two sources the same file', () => {
    const taken = new Set(['sources/a.txt']);
    expect(freeName('A', taken)).toBe('sources/A-2.txt');
    expect(freeName('a', taken)).toBe('sources/a-3.txt');
    expect(freeName('x..y:z', taken)).toBe('sources/x.y-z.txt');
    expect(freeName('1...', taken)).toBe('sources/1.txt');
    const outside = withSources({ id: 'evil', title: 'E', file: '../../etc/passwd' });
    expect(prepareSourcesForExport(outside, { evil: 'Text.' }, 'files').files).toEqual([{ path: 'sources/evil.txt', text: 'Text.' }]);
  });

  it('keeps a source whose text is not at hand as it was, with a warning', () => {
    const r = prepareSourcesForExport(withSources(STORED), {}, 'embed');
    expect(r.map.sources[0]).toEqual(STORED);
    expect(r.problems).toEqual([expect.objectContaining({ code: 'SOURCE_TEXT_NOT_IN_FILE', severity: 'warning', path: '$.sources[0]' })]);
  });
});
