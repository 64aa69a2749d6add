import { describe, expect, it } from 'vitest';
import type { ProblemCode } from '../errors';
import { memoryReader, sampleMap, sampleReader, SAMPLE_SOURCE } from '../testing/sampleMap';
import { textHash } from '../text/hash';
import type { SourceReader } from './sources';
import { loadMapValue, type LoadResult } from './load';

const QUOTE = 'The liberal bourgeoisie was incapable of playing a revolutionary role against Tsarism.';
const QUOTE_AT = SAMPLE_SOURCE.indexOf(QUOTE);
/** Page 41 ends in the middle of the passage's quote; page 42 starts there. */
const BREAK = QUOTE_AT + QUOTE.indexOf('revolutionary');
const PAGES = [{ start: 0, label: '41' }, { start: BREAK, label: '42' }, { start: SAMPLE_SOURCE.indexOf('History'), label: '43' }];

const paged = (f: (m: any) => void = () => {}) => {
  const m: any = sampleMap();
  m.sources[0].pages = PAGES;
  f(m);
  return m;
};
const load = (value: unknown, reader: SourceReader = sampleReader()) => loadMapValue(value, { readSource: reader });
const codes = (r: LoadResult) => r.problems.map((p) => p.code);
const passage = (r: LoadResult, id = 'p1') => (r.ok ? r.map.nodes.find((n) => n.id === id) : undefined) as { page?: string; start: number } | undefined;
const only = (r: LoadResult, code: ProblemCode) => r.problems.filter((p) => p.code === code);

describe('a source as a work: reference, pages, hash', () => {
  it('accepts a reference the map holds and refuses one it does not', () => {
    expect(load(paged((m) => (m.sources[0].ref = 'lih2006'))).ok).toBe(true);
    const r = load(paged((m) => (m.sources[0].ref = 'nobody1900')));
    expect(r.ok).toBe(false);
    expect(only(r, 'UNKNOWN_REFERENCE')[0]).toMatchObject({ path: '$.sources[0].ref', recordId: 's' });
  });

  it('gives a passage the page range its offsets span across a page break, and says so', () => {
    const r = load(paged());
    expect(r.ok).toBe(true);
    expect(passage(r)?.page).toBe('41-42');
    expect(only(r, 'PASSAGE_PAGE_SET')[0]).toMatchObject({ severity: 'info', path: '$.nodes[2].page' });
  });

  it('corrects a wrong page, keeps a right one silently, and drops one in an unpaged source', () => {
    const wrong = load(paged((m) => (m.nodes[2].page = '7')));
    expect(passage(wrong)?.page).toBe('41-42');
    expect(only(wrong, 'PASSAGE_PAGE_SET')[0]!.message).toMatch(/corrected from "7" to 41-42/);
    const right = load(paged((m) => (m.nodes[2].page = '41-42')));
    expect(codes(right)).toEqual([]);
    const unpaged = load({ ...sampleMap(), nodes: sampleMap().nodes.map((n) => (n.id === 'p1' ? { ...n, page: '9' } : n)) });
    expect(passage(unpaged)?.page).toBeUndefined();
    expect(codes(unpaged)).toEqual(['PASSAGE_PAGE_SET']);
  });

  it('keeps the page in step when a moved quote is re-anchored onto another page', () => {
    // A preface pushes the quote down, wholly onto page 42.
    const shifted = `Preface.\n\n${SAMPLE_SOURCE}`;
    const r = load(paged((m) => {
      m.nodes[2].page = '41-42';
      m.sources[0].pages = [{ start: 0, label: '41' }, { start: 10, label: '42' }];
    }), sampleReader(shifted));
    expect(codes(r)).toEqual(expect.arrayContaining(['QUOTE_REANCHORED', 'PASSAGE_PAGE_SET']));
    expect(passage(r)).toMatchObject({ start: QUOTE_AT + 10, page: '42' });
  });

  it('refuses page boundaries out of order or past the end of the text', () => {
    const backwards = load(paged((m) => (m.sources[0].pages = [{ start: 50, label: '2' }, { start: 10, label: '3' }])));
    expect(backwards.ok).toBe(false);
    expect(only(backwards, 'SOURCE_PAGES_INVALID')[0]).toMatchObject({ path: '$.sources[0].pages' });
    const past = load(paged((m) => (m.sources[0].pages = [{ start: 0, label: '1' }, { start: 99_999, label: '2' }])));
    expect(only(past, 'SOURCE_PAGES_INVALID')[0]!.message).toMatch(/past the end of the text/);
    const blankPages = load(paged((m) => (m.sources[0].pages = [{ start: 0, label: '1' }, { start: 0, label: '2' }, { start: SAMPLE_SOURCE.length, label: '3' }])));
    expect(blankPages.ok).toBe(true);
  });

  it('recomputes a stale hash of a file or inline text, and keeps a right one', () => {
    const right = load(paged((m) => (m.sources[0].hash = textHash(SAMPLE_SOURCE))));
    expect(codes(right)).toEqual(['PASSAGE_PAGE_SET']);
    const stale = load(paged((m) => (m.sources[0].hash = '0'.repeat(64))));
    expect(stale.ok && stale.map.sources[0]!.hash).toBe(textHash(SAMPLE_SOURCE));
    expect(only(stale, 'SOURCE_HASH_UPDATED')).toHaveLength(1);
  });
});

describe('a source stored in the browser', () => {
  const stored = () => paged((m) => {
    delete m.sources[0].file;
    m.sources[0].stored = 'browser';
    m.sources[0].hash = textHash(SAMPLE_SOURCE);
  });

  it('asks the host by hash and anchors its passages in the text it returns', () => {
    const files: Record<string, string> = {};
    const reader = Object.assign(memoryReader(files), { byHash: (h: string) => (h === textHash(SAMPLE_SOURCE) ? { status: 'ok' as const, text: SAMPLE_SOURCE } : { status: 'missing' as const }) });
    const r = load(stored(), reader);
    expect(r.ok).toBe(true);
    expect(r.ok && r.sourceTexts.s).toBe(SAMPLE_SOURCE);
    expect(r.ok && r.anchors.p1?.status).toBe('exact');
  });

  it('loads with a warning, not an error, where the text is not at hand, still giving passages their pages', () => {
    const r = load(stored(), memoryReader({}));
    expect(r.ok).toBe(true);
    const [warning] = only(r, 'SOURCE_TEXT_NOT_IN_FILE');
    expect(warning).toMatchObject({ severity: 'warning', path: '$.sources[0].stored' });
    expect(warning!.message).toMatch(/not in the map file.*only the browser that added it holds it/);
    expect(r.ok && r.anchors.p1).toBeUndefined();
    expect(passage(r)?.page).toBe('41-42');
  });

  it('does not trust a stored copy that does not match its hash', () => {
    const reader = Object.assign(memoryReader({}), { byHash: () => ({ status: 'ok' as const, text: 'something else' }) });
    const r = load(stored(), reader);
    expect(only(r, 'SOURCE_TEXT_NOT_IN_FILE')[0]!.message).toMatch(/does not match it/);
  });

  it('refuses a stored source without a hash, and one with a file as well', () => {
    const noHash = load(stored() && paged((m) => {
      delete m.sources[0].file;
      m.sources[0].stored = 'browser';
    }));
    expect(noHash.ok).toBe(false);
    expect(codes(noHash)).toContain('SCHEMA_INVALID');
    const both = load(paged((m) => {
      m.sources[0].stored = 'browser';
      m.sources[0].hash = textHash(SAMPLE_SOURCE);
    }));
    expect(both.ok).toBe(false);
  });
});
