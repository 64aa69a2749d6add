import { describe, expect, it } from 'vitest';
import { readUrl, urlFor } from './urlState';

describe('URL state', () => {
  it('reads the map, node and view from the query', () => {
    expect(readUrl('?map=getting-started&node=c1&view=outline&thesis=c2')).toEqual({ map: 'getting-started', node: 'c1', view: 'outline', thesis: 'c2' });
    expect(readUrl('')).toEqual({ map: null, node: null, view: null, thesis: null });
  });

  it('writes them back, leaving out the default view and anything empty', () => {
    expect(urlFor('http://x/?other=1', { map: 'm', node: 'a b', view: 'map' })).toBe('http://x/?other=1&map=m&node=a+b');
    expect(urlFor('http://x/?map=old&node=n', { map: 'new', node: null, view: 'compare' })).toBe('http://x/?map=new&view=compare');
    expect(urlFor('http://x/?map=m&thesis=old', { map: 'm', node: null, view: 'outline', thesis: 'c2' })).toBe('http://x/?map=m&thesis=c2&view=outline');
    expect(urlFor('http://x/?map=m&view=outline&thesis=c2', { map: 'm', node: null, view: 'map', thesis: null })).toBe('http://x/?map=m');
  });
});
