import { describe, expect, it } from 'vitest';
import { describeRange } from '../../domain/anchoring/selector';
import { loadMapValue } from '../../domain/loader';
import { sampleMap, sampleReader, SAMPLE_SOURCE } from '../../domain/testing/sampleMap';
import { SourceText } from '../../domain/text/sourceText';
import { createCounterpointStore } from '../createStore';
import { selectNeedsReview, selectReviewProblems } from '../selectors';
import { sampleStore } from '../testing/fixtures';
import { addQuotedPassage } from '../operations/quotedPassage';
import { acceptReview } from './review';

const source = new SourceText(SAMPLE_SOURCE);
const selectorOf = (quote: string) => {
  const at = SAMPLE_SOURCE.indexOf(quote);
  return describeRange(source, at, at + quote.length);
};

describe('addQuotedPassage', () => {
  it('adds a passage linked to a claim as one undo step', () => {
    const store = sampleStore();
    const before = store.getState().doc;
    const selector = selectorOf('Only the working class');
    const added = addQuotedPassage(store, { sourceId: 's', selector, at: { x: 5, y: 5 }, link: { to: 'c2', relation: 'supports' } });
    expect(added.ok).toBe(true);
    const id = added.ok ? added.value : '';
    const doc = store.getState().doc;
    expect(doc.nodes.find((n) => n.id === id)).toMatchObject({ kind: 'passage', source: 's', ...selector });
    expect(doc.edges.at(-1)).toMatchObject({ from: id, to: 'c2', relation: 'supports' });
    expect(store.temporal.getState().pastStates).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().doc).toBe(before);
  });

  it('refuses a quote that is not the source’s text at its place, an unknown source and an impossible link, changing nothing', () => {
    const store = sampleStore();
    const before = store.getState().doc;
    const typed = { ...selectorOf('Only the working class'), quote: 'Only the working-class' };
    expect(addQuotedPassage(store, { sourceId: 's', selector: typed, at: { x: 0, y: 0 } })).toMatchObject({ ok: false });
    expect(addQuotedPassage(store, { sourceId: 'nope', selector: selectorOf('Only'), at: { x: 0, y: 0 } })).toMatchObject({ ok: false });
    expect(addQuotedPassage(store, { sourceId: 's', selector: selectorOf('Only'), at: { x: 0, y: 0 }, link: { to: 'w1', relation: 'states' } })).toMatchObject({
      ok: false,
      message: 'A passage cannot state a work.',
    });
    expect(store.getState().doc).toBe(before);
  });
});

describe('passages of a paged source, edited in the store', () => {
  const pagedStore = (text = SAMPLE_SOURCE) => {
    const map = sampleMap();
    map.sources[0] = { ...map.sources[0]!, pages: [{ start: 0, label: '41' }, { start: text.indexOf('Only'), label: '42' }] };
    const loaded = loadMapValue(map, { readSource: sampleReader(text) });
    if (!loaded.ok) throw new Error('should load');
    return createCounterpointStore({ key: 'sample', origin: 'bundled', ...loaded });
  };

  it('a quoted passage gets the page it stands on', () => {
    const store = pagedStore();
    const added = addQuotedPassage(store, { sourceId: 's', selector: selectorOf('Only the working class'), at: { x: 0, y: 0 } });
    const id = added.ok ? added.value : '';
    expect(store.getState().doc.nodes.find((n) => n.id === id)).toMatchObject({ page: '42' });
  });

  it('an accepted review moves the page with the passage', () => {
    const edited = SAMPLE_SOURCE.replace('incapable', 'unable');
    const store = pagedStore(edited);
    const anchor = store.getState().anchors.p1;
    if (anchor?.status !== 'fuzzy') throw new Error('p1 should be fuzzy');
    expect(store.getState().doc.nodes.find((n) => n.id === 'p1')).toMatchObject({ page: '41-42' });
    const later = edited.indexOf('Only');
    expect(acceptReview(store, 'p1', later, later + 8)).toMatchObject({ ok: true });
    expect(store.getState().doc.nodes.find((n) => n.id === 'p1')).toMatchObject({ page: '42', start: later });
  });
});

describe('acceptReview', () => {
  const edited = SAMPLE_SOURCE.replace('incapable', 'unable');
  const flaggedStore = () => {
    const loaded = loadMapValue(sampleMap(), { readSource: sampleReader(edited) });
    if (!loaded.ok) throw new Error('should load');
    return createCounterpointStore({ key: 'sample', origin: 'bundled', ...loaded });
  };

  it('re-anchors the passage to the source’s text in one undo step; the flag goes, and comes back on undo', () => {
    const store = flaggedStore();
    expect(selectNeedsReview('p1')(store.getState())).toBe(true);
    const anchor = store.getState().anchors.p1;
    if (anchor?.status !== 'fuzzy') throw new Error('p1 should be fuzzy');
    expect(acceptReview(store, 'p1', anchor.start, anchor.end)).toEqual({ ok: true, value: undefined });
    const p1 = store.getState().doc.nodes.find((n) => n.id === 'p1');
    expect(p1).toMatchObject({ quote: edited.slice(anchor.start, anchor.end), start: anchor.start, end: anchor.end });
    expect(selectNeedsReview('p1')(store.getState())).toBe(false);
    store.getState().undo();
    expect(selectNeedsReview('p1')(store.getState())).toBe(true);
    expect(selectReviewProblems(store.getState()).get('p1')?.code).toBe('QUOTE_NEEDS_REVIEW');
  });

  it('no longer lists a flagged passage that was deleted', () => {
    const store = flaggedStore();
    store.getState().removeElements({ nodes: ['p1'] });
    expect(selectReviewProblems(store.getState()).size).toBe(0);
  });

  it('refuses an unknown passage or a range outside the source', () => {
    const store = flaggedStore();
    expect(acceptReview(store, 'c1', 0, 4)).toMatchObject({ ok: false });
    expect(acceptReview(store, 'p1', 0, 10_000)).toMatchObject({ ok: false });
  });
});
