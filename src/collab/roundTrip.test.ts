import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { fileSourceReader, loadMapFile } from '../cli/io';
import { loadMapValue } from '../domain/loader';
import { serializeMap } from '../domain/serialize';
import { sampleReader } from '../domain/testing/sampleMap';
import { mapToDoc } from './diff';
import { docToMapValue, DocMapReader, loadDocMap } from './fromDoc';
import { isEmptyDoc } from './layout';
import { docOf, fullSampleMap, mapOf, replicaOf } from './testing';

const MAPS = join(import.meta.dirname, '..', '..', 'maps');
const shipped = readdirSync(MAPS).filter((f) => f.endsWith('.map.json'));

describe('map -> doc -> map', () => {
  it('finds the shipped maps', () => {
    expect(shipped.length).toBeGreaterThanOrEqual(5);
  });

  it.each(shipped)('%s comes back equal, byte for byte once serialized', (file) => {
    const loaded = loadMapFile(join(MAPS, file));
    if (!loaded.ok) throw new Error(`${file} does not load`);
    // Through an update, as a joining client receives the room.
    const doc = replicaOf(mapToDoc(loaded.map));
    const back = loadDocMap(doc, { readSource: fileSourceReader(join(MAPS, file)) });
    expect(back.ok).toBe(true);
    if (!back.ok) return;
    expect(back.map).toEqual(loaded.map);
    expect(serializeMap(back.map)).toBe(serializeMap(loaded.map));
  });

  it('keeps every record kind and optional part: inline sources, notes with links, undercuts, outlines, lane layout', () => {
    const map = fullSampleMap();
    const loaded = loadMapValue(map, { readSource: sampleReader() });
    expect(loaded.ok && loaded.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    expect(mapOf(replicaOf(docOf(map)))).toEqual(loaded.ok && loaded.map);
  });

  it('tells an empty laneLayout and empty outlines from absent ones', () => {
    const map = { ...fullSampleMap(), laneLayout: {}, outlines: [] };
    expect(docToMapValue(docOf(map))).toMatchObject({ laneLayout: {}, outlines: [] });
    const { laneLayout: _l, outlines: _o, ...bare } = map;
    const value = docToMapValue(docOf(bare));
    expect('laneLayout' in value || 'outlines' in value).toBe(false);
  });

  it('an empty doc holds no map, and the loader says so', () => {
    const doc = new Y.Doc();
    expect(isEmptyDoc(doc)).toBe(true);
    expect(isEmptyDoc(docOf(fullSampleMap()))).toBe(false);
    const result = loadDocMap(doc, { readSource: sampleReader() });
    expect(result.ok).toBe(false);
    expect(result.problems[0]?.code).toBe('ENVELOPE_INVALID');
  });

  it('a record the doc holds as something other than a map of fields is refused by the loader, not read half', () => {
    const doc = docOf(fullSampleMap());
    doc.getMap('nodes').set('c9', 'not a record');
    const result = loadDocMap(doc, { readSource: sampleReader() });
    expect(result.ok).toBe(false);
    expect(result.problems.some((p) => p.code === 'SCHEMA_INVALID' || p.code === 'UNKNOWN_NODE_KIND')).toBe(true);
  });

  it('the key in the doc names the record, whatever its id field says', () => {
    const doc = docOf(fullSampleMap());
    (doc.getMap('nodes').get('c1') as Y.Map<unknown>).set('id', 'forged');
    expect(mapOf(doc).nodes.map((n) => n.id)).toContain('c1');
    expect(mapOf(doc).nodes.map((n) => n.id)).not.toContain('forged');
  });
});

describe('DocMapReader', () => {
  it('reads what docToMapValue reads after every kind of change, and hands back unchanged records as the same objects', () => {
    const map = fullSampleMap();
    const doc = docOf(map);
    const reader = new DocMapReader(doc);
    const first = reader.read() as { nodes: { id: string }[] };
    expect(first).toEqual(docToMapValue(doc));
    const c1 = doc.getMap('nodes').get('c1') as Y.Map<unknown>;
    c1.set('text', 'Changed field.');
    const replaced = new Y.Map<unknown>();
    replaced.set('kind', 'note');
    replaced.set('text', 'Replaced whole.');
    doc.getMap('nodes').set('n1', replaced);
    doc.getMap('nodes').delete('o2');
    const second = reader.read() as { nodes: { id: string }[] };
    expect(second).toEqual(docToMapValue(doc));
    const byId = (value: { nodes: { id: string }[] }, id: string) => value.nodes.find((n) => n.id === id);
    expect(byId(second, 'c2')).toBe(byId(first, 'c2'));
    expect(byId(second, 'c1')).not.toBe(byId(first, 'c1'));
    expect(byId(second, 'o2')).toBeUndefined();
    reader.dispose();
  });
});
