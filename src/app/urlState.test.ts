import { describe, expect, it } from 'vitest';
import { createCounterpointStore } from '../store';
import { applyViewSettings, readUrl, urlFor } from './urlState';

describe('URL state', () => {
  it('reads the map, node and view from the query, and how the views are set', () => {
    expect(readUrl('?map=getting-started&node=c1&view=outline')).toMatchObject({ map: 'getting-started', node: 'c1', view: 'outline' });
    expect(readUrl('')).toEqual({ map: null, node: null, view: null, positions: null, layout: null, compare: null, thesis: null });
    expect(readUrl('?view=outline&thesis=c2')).toMatchObject({ view: 'outline', thesis: 'c2' });
    expect(readUrl('?view=compare&positions=men,bol&layout=lanes&compare=timeline')).toMatchObject({ positions: 'men,bol', layout: 'lanes', compare: 'timeline' });
  });

  it('writes them back, leaving out the default view and anything empty', () => {
    expect(urlFor('http://x/?other=1', { map: 'm', node: 'a b', view: 'map' })).toBe('http://x/?other=1&map=m&node=a+b');
    expect(urlFor('http://x/?map=old&node=n', { map: 'new', node: null, view: 'compare' })).toBe('http://x/?map=new&view=compare');
    expect(urlFor('http://x/?map=m&view=outline&thesis=c2', { map: 'm', node: null, view: 'map', thesis: null })).toBe('http://x/?map=m');
  });

  it('leaves out the free layout and the matrix, which are the defaults', () => {
    const base = { map: 'm', node: null, view: 'compare' };
    expect(urlFor('http://x/', { ...base, positions: 'a,b', layout: 'free', compare: 'matrix' })).toBe('http://x/?map=m&view=compare&positions=a%2Cb');
    expect(urlFor('http://x/?layout=lanes', { ...base, positions: null, layout: 'lanes', compare: 'timeline' })).toBe('http://x/?layout=lanes&map=m&view=compare&compare=timeline');
  });

  it('sets the compared positions, the layout and the compare part from the address', () => {
    const store = createCounterpointStore();
    applyViewSettings(store, readUrl('?positions=men,,bol&layout=lanes&compare=timeline'));
    expect(store.getState()).toMatchObject({ comparePositions: ['men', 'bol'], layoutMode: 'lanes', compareMode: 'timeline' });
    applyViewSettings(store, readUrl('?layout=sideways'));
    expect(store.getState().layoutMode).toBe('lanes');
  });
});
