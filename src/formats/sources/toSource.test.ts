import { describe, expect, it } from 'vitest';
import { loadMapValue } from '../../domain/loader';
import { sampleMap, sampleReader } from '../../domain/testing/sampleMap';
import { textHash } from '../../domain/text/hash';
import { draftReference, sourceRecord, STORE_IN_BROWSER_ABOVE } from './toSource';
import type { ExtractedSource } from './types';

const pdf: ExtractedSource = { media: 'application/pdf', text: 'Page one.\n\nPage two.', pages: [{ start: 0, label: '41' }, { start: 11, label: '42' }], title: 'A Title', author: 'Trotsky, Leon; Olgin, Moissaye J.', problems: [] };

describe('sourceRecord', () => {
  it('keeps a short text inline, with its hash, kind, pages and reference, and the loader accepts it', () => {
    const { source, storeInBrowser } = sourceRecord(pdf, { id: 'book', ref: 'lih2006' });
    expect(storeInBrowser).toBe(false);
    expect(source).toEqual({ id: 'book', title: 'A Title', text: pdf.text, hash: textHash(pdf.text), media: 'application/pdf', ref: 'lih2006', author: pdf.author, pages: pdf.pages });
    const map = sampleMap();
    const r = loadMapValue({ ...map, sources: [...map.sources, source] }, { readSource: sampleReader() });
    expect(r.problems).toEqual([]);
  });

  it('sends a long text to the browser’s store by hash', () => {
    const long = { ...pdf, text: 'x'.repeat(STORE_IN_BROWSER_ABOVE + 1), pages: undefined };
    const { source, text, storeInBrowser } = sourceRecord(long, { id: 'big', fileName: 'big.pdf', title: ' ' });
    expect(storeInBrowser).toBe(true);
    expect(source).toMatchObject({ id: 'big', title: 'A Title', stored: 'browser', hash: textHash(text) });
    expect(source.text).toBeUndefined();
  });
});

describe('draftReference', () => {
  it('drafts a CSL item from the file’s metadata, names inverted where the file inverts them', () => {
    expect(draftReference(pdf, 'r1')).toEqual({ id: 'r1', type: 'document', title: 'A Title', author: [{ family: 'Trotsky', given: 'Leon' }, { family: 'Olgin', given: 'Moissaye J.' }] });
    expect(draftReference({ media: 'text/html', text: 't', title: 'Page', author: 'A Writer', year: 2011, url: 'https://example.org', problems: [] }, 'r2')).toEqual({
      id: 'r2', type: 'webpage', title: 'Page', author: [{ literal: 'A Writer' }], issued: { 'date-parts': [[2011]] }, URL: 'https://example.org',
    });
    expect(draftReference({ ...pdf, title: undefined }, 'r3')).toBeUndefined();
  });
});
