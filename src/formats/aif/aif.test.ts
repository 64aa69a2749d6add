import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileSourceReader } from '../../cli/io';
import { loadMap, loadMapValue } from '../../domain/loader';
import type { ArgumentMap } from '../../domain/schema/map';
import { sampleMap, sampleReader } from '../../domain/testing/sampleMap';
import { aifExporter, aifImporter } from './index';
import type { AifDocument } from './aifJson';

const MAPS = join(import.meta.dirname, '..', '..', '..', 'maps');
const shipped = readdirSync(MAPS).filter((f) => f.endsWith('.map.json'));

const exportAif = async (map: ArgumentMap) => (await aifExporter.render({ map, sourceTexts: {} })) as string;

function graphKey(map: ArgumentMap) {
  const edgeById = new Map(map.edges.map((e) => [e.id, e]));
  const end = (id: string) => {
    const e = edgeById.get(id);
    return e ? `(${e.from} ${e.relation} ${e.to})` : id;
  };
  return {
    nodes: map.nodes.map((n) => `${n.id}:${n.kind}`).sort(),
    edges: map.edges.map((e) => `${e.from} ${e.relation}${e.stance ? `/${e.stance}` : ''} ${end(e.to)}`).sort(),
  };
}

async function importAif(text: string, readSource = sampleReader()) {
  const result = await aifImporter.parse(text, { fileName: 'debate.aif.json', readSource });
  if (!result.ok) return { result, loaded: undefined };
  return { result, loaded: loadMapValue(result.value, { readSource }) };
}

describe('AIF export', () => {
  it.each(shipped)('%s: well-formed AIFdb JSON that imports back with the same nodes, edges and relations', async (file) => {
    const path = join(MAPS, file);
    const loaded = loadMap(readFileSync(path, 'utf8'), { readSource: fileSourceReader(path) });
    if (!loaded.ok) throw new Error(file);
    const text = await exportAif(loaded.map);
    const doc = JSON.parse(text) as AifDocument;
    const ids = new Set(doc.nodes.map((n) => n.nodeID));
    expect(ids.size).toBe(doc.nodes.length);
    expect(doc.nodes.every((n) => ['I', 'RA', 'CA'].includes(n.type) && typeof n.text === 'string')).toBe(true);
    expect(doc.edges.every((e) => ids.has(e.fromID) && ids.has(e.toID))).toBe(true);
    expect(doc.locutions).toEqual([]);
    // Every scheme node joins something to something: AIF's rule for RA and CA nodes.
    for (const s of doc.nodes.filter((n) => n.type !== 'I')) {
      expect(doc.edges.some((e) => e.toID === s.nodeID)).toBe(true);
      expect(doc.edges.some((e) => e.fromID === s.nodeID)).toBe(true);
    }
    expect(doc.nodes.filter((n) => n.type === 'I').length).toBe(loaded.map.nodes.length);

    const back = await aifImporter.parse(text, { fileName: path, readSource: fileSourceReader(path) });
    expect(back.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    const again = back.ok ? loadMapValue(back.value, { readSource: fileSourceReader(path) }) : back;
    expect(again.ok).toBe(true);
    if (!again.ok) return;
    expect(graphKey(again.map)).toEqual(graphKey(loaded.map));
    expect(again.map.nodes).toEqual(loaded.map.nodes);
    expect(again.map.positions).toEqual(loaded.map.positions);
    expect(again.map.layout).toEqual(loaded.map.layout);
  });

  it('writes undercuts as a CA aimed at the scheme node of the link, and reads them back', async () => {
    const map = sampleMap();
    map.nodes.push({ id: 'o2', kind: 'objection', text: 'Rhetoric, not evidence.' });
    map.edges.push({ id: 'e5', from: 'p1', to: 'c1', relation: 'supports' }, { id: 'e6', from: 'o2', to: 'e5', relation: 'undercuts', note: 'why' });
    const text = await exportAif(map);
    const doc = JSON.parse(text) as AifDocument;
    expect(doc.nodes.find((n) => n.nodeID === 's-e5')?.type).toBe('RA');
    expect(doc.nodes.find((n) => n.nodeID === 's-e6')?.type).toBe('CA');
    expect(doc.edges).toContainEqual(expect.objectContaining({ fromID: 's-e6', toID: 's-e5' }));
    // A complicating reading is both an inference and a conflict.
    expect(doc.nodes.filter((n) => n.counterpoint?.edge === 'e4').map((n) => n.type).sort()).toEqual(['CA', 'RA']);
    const { loaded } = await importAif(text);
    expect(loaded?.ok).toBe(true);
    if (loaded?.ok) expect(graphKey(loaded.map)).toEqual(graphKey(map));
  });
});

const AIFDB = {
  nodes: [
    { nodeID: 1, text: 'The bourgeoisie cannot lead.', type: 'I', timestamp: '2024-01-01 10:00:00' },
    { nodeID: '2', text: 'It fears the workers.', type: 'I' },
    { nodeID: '3', text: 'Default Inference', type: 'RA' },
    { nodeID: '4', text: 'Liberals led in 1905.', type: 'I' },
    { nodeID: '5', text: 'Default Conflict', type: 'CA' },
    { nodeID: '6', text: 'Fear does not always mean betrayal.', type: 'I' },
    { nodeID: '7', text: 'Default Conflict', type: 'CA' },
    { nodeID: '8', text: 'Trotsky: it fears the workers', type: 'L' },
    { nodeID: '9', text: 'Default Rephrase', type: 'MA' },
  ],
  edges: [
    { edgeID: 1, fromID: '2', toID: '3' },
    { edgeID: 2, fromID: '3', toID: 1 },
    { edgeID: 3, fromID: '4', toID: '5' },
    { edgeID: 4, fromID: '5', toID: '1' },
    { edgeID: 5, fromID: '6', toID: '7' },
    { edgeID: 6, fromID: '7', toID: '3' },
    { edgeID: 7, fromID: '2', toID: '9' },
    { edgeID: 8, fromID: '9', toID: '4' },
  ],
  locutions: [{ nodeID: '8', personID: '1' }],
};

describe('AIF import', () => {
  it('reads AIFdb JSON: RA as supports, CA as attacks, a CA on an RA as an undercut; dialogue and MA left out, reported', async () => {
    const { result, loaded } = await importAif(JSON.stringify(AIFDB));
    expect(loaded?.ok).toBe(true);
    if (!loaded?.ok) return;
    expect(loaded.map.nodes.map((n) => [n.id, n.kind])).toEqual([['1', 'claim'], ['2', 'claim'], ['4', 'objection'], ['6', 'objection']]);
    expect(graphKey(loaded.map).edges).toEqual(['2 supports 1', '4 attacks 1', '6 undercuts (2 supports 1)']);
    expect(result.problems.map((p) => [p.code, p.path])).toEqual([
      ['AIF_SCHEME_UNMAPPED', '$.nodes[8]'],
      ['AIF_NODE_IGNORED', '$'],
    ]);
    expect(loaded.map.id).toBe('debate');
  });

  it('reads the OVA3 envelope, with the diagram positions as the layout', async () => {
    const ova = { AIF: { ...AIFDB, schemefulfillments: [], participants: [] }, OVA: { firstname: 'A', surname: 'B', nodes: [{ nodeID: '1', x: 100, y: 50.5 }], edges: [] }, text: { txt: '' } };
    const { loaded } = await importAif(JSON.stringify(ova));
    expect(loaded?.ok).toBe(true);
    if (loaded?.ok) {
      expect(loaded.map.nodes).toHaveLength(4);
      expect(loaded.map.layout).toEqual({ '1': { x: 100, y: 50.5 } });
    }
  });

  it.each([
    ['not JSON', '{"nodes": [', 'JSON_INVALID', '$'],
    ['no lists', '{"graph": {}}', 'AIF_INVALID', '$'],
    ['an array', '[1, 2]', 'AIF_INVALID', '$'],
    ['a node without a type', '{"nodes": [{"nodeID": "1", "text": "x"}], "edges": []}', 'AIF_NODE_INVALID', '$.nodes[0]'],
    ['a repeated node id', '{"nodes": [{"nodeID": "1", "text": "x", "type": "I"}, {"nodeID": "1", "text": "y", "type": "I"}], "edges": []}', 'AIF_NODE_INVALID', '$.nodes[1].nodeID'],
    ['an edge to nowhere', '{"nodes": [{"nodeID": "1", "text": "x", "type": "I"}], "edges": [{"fromID": "1", "toID": "9"}]}', 'AIF_EDGE_DANGLING', '$.edges[0]'],
    ['no I-nodes', '{"nodes": [{"nodeID": "1", "text": "RA", "type": "RA"}], "edges": []}', 'AIF_EMPTY', '$'],
    ['an I-node without text', '{"nodes": [{"nodeID": "1", "text": "  ", "type": "I"}], "edges": []}', 'AIF_NODE_INVALID', '$.nodes[0].text'],
  ])('refuses %s with a coded, located error', async (_name, text, code, path) => {
    const { result } = await importAif(text);
    expect(result.ok).toBe(false);
    expect(result.problems).toContainEqual(expect.objectContaining({ code, path, severity: 'error' }));
  });

  it('keys like __proto__ and constructor harm nothing', async () => {
    const text = '{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}, "nodes": [{"nodeID": "1", "text": "x", "type": "I", "__proto__": {"type": "RA"}, "counterpoint": {"__proto__": {"kind": "work"}, "kind": "claim", "id": "c1", "text": "x"}}], "edges": [], "counterpoint": {"positions": {"__proto__": []}, "layout": {"__proto__": {"x": 1, "y": 2}, "c1": {"x": 3, "y": 4}}}}';
    const { result, loaded } = await importAif(text);
    expect(loaded?.ok).toBe(true);
    if (loaded?.ok) {
      expect(loaded.map.nodes).toEqual([{ id: 'c1', kind: 'claim', text: 'x' }]);
      expect(loaded.map.layout).toEqual({});
    }
    expect(result.problems.map((p) => p.code)).toContain('AIF_EXTENSION_IGNORED');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('a record that names what the file lacks falls back to plain AIF, with a warning', async () => {
    const text = JSON.stringify({ nodes: [{ nodeID: 'w1', text: 'Lih 2006', type: 'I', counterpoint: { id: 'w1', kind: 'work', ref: 'lih2006' } }, { nodeID: 'p1', text: 'Never said.', type: 'I', counterpoint: { id: 'p1', kind: 'passage', source: 's', quote: 'Never said.', start: 0, end: 11 } }], edges: [], counterpoint: { sources: [{ id: 's', title: 'S', file: 'sources/s.txt' }] } });
    const { result, loaded } = await importAif(text);
    expect(loaded?.ok && loaded.map.nodes.map((n) => n.kind)).toEqual(['claim', 'claim']);
    expect(result.problems.filter((p) => p.code === 'AIF_EXTENSION_IGNORED').map((p) => p.path)).toEqual(['$.nodes[0].counterpoint', '$.nodes[1].counterpoint']);
  });

  it('detects AIF JSON but not a Counterpoint map', () => {
    expect(aifImporter.detect(JSON.stringify(AIFDB))).toBe(true);
    expect(aifImporter.detect(JSON.stringify(sampleMap()))).toBe(false);
  });
});
