import { join } from 'node:path';
import { loadMapFile } from '../../src/cli/io';
import { applyMapDiff, LOCAL_ORIGIN } from '../../src/collab';
import type { ArgumentMap } from '../../src/domain/schema/map';
import type { MapNode } from '../../src/domain/schema/node';
import { ROOT, type TestClient } from './support';

/** A shipped map, as the client that opens a room has it. */
export function shippedMap(name = 'getting-started'): ArgumentMap {
  const loaded = loadMapFile(join(ROOT, 'maps', `${name}.map.json`));
  if (!loaded.ok) throw new Error(`maps/${name}.map.json does not load`);
  return loaded.map;
}

/** A user's edit on a client, written as the store binding will write it. */
export function edit(client: TestClient, change: (map: ArgumentMap) => ArgumentMap): void {
  const before = client.map();
  if (!before) throw new Error('the client has no map to edit');
  applyMapDiff(client.doc, before, change(before), LOCAL_ORIGIN);
}

export const addClaim = (id: string, text: string) => (map: ArgumentMap): ArgumentMap => ({
  ...map,
  nodes: [...map.nodes, { id, kind: 'claim', text }],
  layout: { ...map.layout, [id]: { x: 0, y: 900 } },
});

export const setText = (id: string, text: string) => (map: ArgumentMap): ArgumentMap => ({
  ...map,
  nodes: map.nodes.map((n) => (n.id === id ? ({ ...n, text } as MapNode) : n)),
});

export function nodeText(map: ArgumentMap | undefined, id: string): string | undefined {
  const node = map?.nodes.find((n) => n.id === id);
  return node && 'text' in node ? node.text : undefined;
}

/** The first claim of a map: something every shipped map has. */
export function firstClaim(map: ArgumentMap): string {
  const claim = map.nodes.find((n) => n.kind === 'claim');
  if (!claim) throw new Error('no claim');
  return claim.id;
}
