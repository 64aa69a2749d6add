import * as Y from 'yjs';
import type { ArgumentMap } from '../domain/schema/map';
import type { MapNode } from '../domain/schema/node';
import { sampleMap, sampleReader } from '../domain/testing/sampleMap';
import { fillDoc } from './diff';
import { loadDocMap } from './fromDoc';

/** The sample map with every optional part a map can have, for round trips and merges. */
export function fullSampleMap(): ArgumentMap {
  const map = sampleMap();
  return {
    ...map,
    description: 'Every record kind.',
    sources: [...map.sources, { id: 'pasted', title: 'Pasted text', text: 'A pasted source.\n\nIts second paragraph.', year: 1930 }],
    nodes: [
      ...map.nodes.map((n) => (n.id === 'c2' ? { ...n, answers: ['who'], tags: ['stage', 'theory'], title: 'Must lead' } : n)),
      { id: 'o2', kind: 'objection', text: 'Lih reads it otherwise.', ref: 'lih2006', pages: '40' },
      { id: 'n2', kind: 'note', text: 'See the overview.', links: [{ map: 'overview', node: 'c1', label: 'overview' }], about: ['c1', 'c2'] },
    ],
    edges: [...map.edges, { id: 'e5', from: 'o2', to: 'e2', relation: 'undercuts', note: 'Not so.' }],
    layout: { c1: { x: 0, y: 0 }, c2: { x: 240.5, y: -80 } },
    laneLayout: { c1: { x: 4, y: 8 } },
    outlines: [{ thesis: 'c1', order: { outline: ['section:arguments'] }, excluded: ['node:o1'], notes: { 'node:c1': 'Open with this.' }, style: 'apa', depth: 3 }],
  };
}

/** A doc filled with a map, as the client that opens a room fills it. */
export function docOf(map: ArgumentMap): Y.Doc {
  const doc = new Y.Doc();
  fillDoc(doc, map);
  return doc;
}

/** A second client's doc: an empty doc that received the first one's state. */
export function replicaOf(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc), 'remote');
  return copy;
}

/** Exchanges what each doc lacks, as a server relays between two clients. */
export function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)), 'remote');
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)), 'remote');
}

/** The doc's map through the loader over the sample's sources; fails the test when it does not load. */
export function mapOf(doc: Y.Doc): ArgumentMap {
  const result = loadDocMap(doc, { readSource: sampleReader() });
  if (!result.ok) throw new Error(`the doc's map does not load: ${result.problems.map((p) => `${p.code} ${p.path} ${p.message}`).join('; ')}`);
  return result.map;
}

/** A store-like edit: the map with one node patched, every other record kept by identity. */
export function withNode(map: ArgumentMap, id: string, patch: Partial<Record<string, unknown>>): ArgumentMap {
  return { ...map, nodes: map.nodes.map((n) => (n.id === id ? ({ ...n, ...patch } as MapNode) : n)) };
}
