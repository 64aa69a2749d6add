import { describe, expect, it } from 'vitest';
import { readUrl, urlFor } from './urlState';

describe('URL state', () => {
  it('reads the map, node and view from the query', () => {
    expect(readUrl('?map=getting-started&node=c1&view=outline')).toEqual({ map: 'getting-started', node: 'c1', view: 'outline' });
    expect(readUrl('')).toEqual({ map: null, node: null, view: null });
  });

  it('writes them back, leaving out the default view and anything empty', () => {
    expect(urlFor('http://x/?other=1', { map: 'm', node: 'a b', view: 'map' })).toBe('http://x/?other=1&map=m&node=a+b');
    expect(urlFor('http://x/?map=old&node=n', { map: 'new', node: null, view: 'compare' })).toBe('http://x/?map=new&view=compare');
  });
});
