import { describe, expect, it } from 'vitest';
import { createCounterpointStore } from '../store';
import { compareState } from '../views/compare/state';
import { applyViewSettings, readUrl, urlFor } from './urlState';
import { URL_PARAMS } from './views';

const KNOWN = URL_PARAMS.map((p) => p.key);

describe('URL state', () => {
  it('reads the map, node and view from the query, and how the views are set', () => {
    expect(readUrl('?map=getting-started&node=c1&view=outline', URL_PARAMS)).toMatchObject({ map: 'getting-started', node: 'c1', view: 'outline' });
    expect(readUrl('', URL_PARAMS)).toEqual({ map: null, node: null, view: null, params: { layout: null, positions: null, compare: null, thesis: null } });
    expect(readUrl('?view=outline&thesis=c2', URL_PARAMS)).toMatchObject({ view: 'outline', params: { thesis: 'c2' } });
    expect(readUrl('?view=compare&positions=men,bol&layout=lanes&compare=timeline', URL_PARAMS).params).toMatchObject({ positions: 'men,bol', layout: 'lanes', compare: 'timeline' });
  });

  it('writes them back, leaving out the default view and anything empty', () => {
    expect(urlFor('http://x/?other=1', { map: 'm', node: 'a b', view: 'map' }, KNOWN)).toBe('http://x/?other=1&map=m&node=a+b');
    expect(urlFor('http://x/?map=old&node=n', { map: 'new', node: null, view: 'compare' }, KNOWN)).toBe('http://x/?map=new&view=compare');
    expect(urlFor('http://x/?map=m&view=outline&thesis=c2', { map: 'm', node: null, view: 'map', params: { thesis: null } }, KNOWN)).toBe('http://x/?map=m');
  });

  it('leaves out the free layout and the matrix, which are the defaults', () => {
    const store = createCounterpointStore();
    const values = () => Object.fromEntries(URL_PARAMS.map((p) => [p.key, p.read(store)]));
    const base = { map: 'm', node: null, view: 'compare' };
    compareState.update(store, { positions: ['a', 'b'] });
    expect(urlFor('http://x/', { ...base, params: values() }, KNOWN)).toBe('http://x/?map=m&view=compare&positions=a%2Cb');
    compareState.update(store, { positions: null, mode: 'timeline' });
    store.getState().setLayoutMode('lanes');
    expect(urlFor('http://x/?layout=lanes', { ...base, params: values() }, KNOWN)).toBe('http://x/?layout=lanes&map=m&view=compare&compare=timeline');
  });

  it('sets the compared positions, the layout and the compare part from the address', () => {
    const store = createCounterpointStore();
    applyViewSettings(store, readUrl('?positions=men,,bol&layout=lanes&compare=timeline', URL_PARAMS), URL_PARAMS);
    expect(compareState.select(store.getState())).toEqual({ positions: ['men', 'bol'], mode: 'timeline' });
    expect(store.getState().layoutMode).toBe('lanes');
    applyViewSettings(store, readUrl('?layout=sideways', URL_PARAMS), URL_PARAMS);
    expect(store.getState().layoutMode).toBe('lanes');
  });
});
