import { describe, expect, it } from 'vitest';
import { sampleMap } from '../../domain/testing/sampleMap';
import { EditError } from './editError';
import { updateSource } from './sources';

function pagedSample() {
  const map = sampleMap();
  const p1 = map.nodes.find((n) => n.kind === 'passage')!;
  if (p1.kind !== 'passage') throw new Error('no passage');
  return { ...map, sources: [{ ...map.sources[0]!, pages: [{ start: 0, label: '1' }, { start: p1.start, label: '2' }] }], nodes: map.nodes.map((n) => (n.id === p1.id ? { ...p1, page: '2' } : n)) };
}

describe('updateSource', () => {
  it('links a source to a reference of the map and unlinks it again', () => {
    const map = sampleMap();
    const ref = map.references[0]!.id;
    const linked = updateSource(map, 's', { ref });
    expect(linked.sources[0]!.ref).toBe(ref);
    expect(updateSource(linked, 's', { ref: undefined }).sources[0]!.ref).toBeUndefined();
  });

  it('renumbers the pages and carries each passage of the source to its new page in the same edit', () => {
    const map = pagedSample();
    const next = updateSource(map, 's', { pages: [{ start: 0, label: '41' }, { start: map.sources[0]!.pages![1]!.start, label: '42' }] });
    expect(next.nodes.find((n) => n.kind === 'passage')).toMatchObject({ page: '42' });
    expect(next.sources[0]!.pages!.map((p) => p.label)).toEqual(['41', '42']);
  });

  it('refuses an unknown reference, an empty title, pages out of order or an unknown source, and returns the same map for no change', () => {
    const map = pagedSample();
    expect(() => updateSource(map, 's', { ref: 'nobody1900' })).toThrow(EditError);
    expect(() => updateSource(map, 's', { title: '  ' })).toThrow(/title/);
    expect(() => updateSource(map, 's', { pages: [{ start: 10, label: '1' }, { start: 5, label: '2' }] })).toThrow(/order/);
    expect(() => updateSource(map, 'ghost', { title: 'X' })).toThrow(/no source/);
    expect(updateSource(map, 's', { title: map.sources[0]!.title })).toBe(map);
  });
});
