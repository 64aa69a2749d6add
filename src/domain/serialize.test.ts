import { describe, expect, it } from 'vitest';
import { loadMap } from './loader';
import { serializeMap } from './serialize';
import { sampleMap, sampleReader } from './testing/sampleMap';

describe('serializeMap', () => {
  it('writes 2-space JSON with LF, a final newline and $schema first', () => {
    const text = serializeMap(sampleMap());
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).not.toMatch(/\r/);
    expect(text.split('\n')[1]).toBe('  "$schema": "./map.schema.json",');
  });

  it('orders keys by schema, whatever order they were built in', () => {
    const m = sampleMap();
    m.nodes[0] = { central: true, answers: 'who', position: 'bol', text: 'T', kind: 'claim', id: 'c1' };
    const node = JSON.parse(serializeMap(m)).nodes[0];
    expect(Object.keys(node)).toEqual(['id', 'kind', 'text', 'position', 'answers', 'central']);
  });

  it('round-trips through the loader byte for byte', () => {
    const once = serializeMap(sampleMap());
    const loaded = loadMap(once, { readSource: sampleReader() });
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(serializeMap(loaded.map)).toBe(once);
  });
});
