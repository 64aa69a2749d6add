import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ArgdownApplication, DataPlugin, ModelPlugin, ParserPlugin, type IArgdownResponse } from '@argdown/core';
import { describe, expect, it } from 'vitest';
import { fileSourceReader } from '../../cli/io';
import { loadMap, loadMapValue } from '../../domain/loader';
import type { ArgumentMap } from '../../domain/schema/map';
import { sampleMap, sampleReader } from '../../domain/testing/sampleMap';
import { argdownExporter, argdownImporter } from './index';

const MAPS = join(import.meta.dirname, '..', '..', '..', 'maps');
const shipped = readdirSync(MAPS).filter((f) => f.endsWith('.map.json'));

function loadShipped(file: string) {
  const path = join(MAPS, file);
  const loaded = loadMap(readFileSync(path, 'utf8'), { readSource: fileSourceReader(path) });
  if (!loaded.ok) throw new Error(`${file} does not load`);
  return loaded;
}

const render = async (map: ArgumentMap) => (await argdownExporter.render({ map, sourceTexts: {} })) as string;

/** Argdown as any Argdown tool reads it: the library's parser and model plugins with their default settings. */
function readWithArgdown(text: string): IArgdownResponse {
  const app = new ArgdownApplication();
  app.addPlugin(new ParserPlugin(), 'parse-input');
  app.addPlugin(new DataPlugin(), 'build-model');
  app.addPlugin(new ModelPlugin(), 'build-model');
  return app.run({ input: text, process: ['parse-input', 'build-model'], logLevel: 'none' });
}

/**
 * The relations a map's edge must appear as in Argdown, by the Argdown titles of its ends.
 * Undercut links are arguments (`<edge id>`): a support as a premise-conclusion structure.
 */
function relationsFound(map: ArgumentMap, response: IArgdownResponse): { found: number; missing: string[] } {
  const titleOf = new Map<string, string>();
  for (const [title, ec] of Object.entries(response.statements ?? {})) {
    const id = (ec.data as { id?: unknown } | undefined)?.id;
    if (typeof id === 'string') titleOf.set(id, title);
  }
  const has = (type: string, from: string, to: string, symmetric = false) =>
    (response.relations ?? []).some(
      (r) => r.relationType === type && ((r.from?.title === from && r.to?.title === to) || (symmetric && r.from?.title === to && r.to?.title === from)),
    );
  const pcsLinks = (arg: string, from: string, to: string) => {
    const a = response.arguments?.[arg];
    return !!a && a.pcs.some((s) => s.title === from && s.role === 'premise') && a.pcs.at(-1)?.title === to;
  };
  const undercut = new Set(map.edges.filter((e) => e.relation === 'undercuts').map((e) => e.to));
  let found = 0;
  const missing: string[] = [];
  for (const e of map.edges) {
    const from = titleOf.get(e.from)!;
    const to = titleOf.get(e.to)!;
    let ok: boolean;
    switch (e.relation) {
      case 'states':
      case 'supports':
        ok = undercut.has(e.id) ? pcsLinks(e.id, from, to) : has('support', from, to);
        break;
      case 'attacks':
        ok = undercut.has(e.id) ? has('attack', e.id, to) : has('attack', from, to);
        break;
      case 'contrasts':
        ok = has('contradictory', from, to, true);
        break;
      case 'assesses':
        ok = (e.stance === 'challenges' || has('support', from, to)) && (e.stance === 'supports' || has('attack', from, to));
        break;
      case 'undercuts':
        ok = (response.relations ?? []).some((r) => r.relationType === 'undercut' && r.from?.title === from && (r.to?.title === e.to || (r.to as { argumentTitle?: string } | undefined)?.argumentTitle === e.to));
        break;
    }
    if (ok) found++;
    else missing.push(`${e.id} ${e.relation} ${from} -> ${to}`);
  }
  return { found, missing };
}

const keyOf = (map: ArgumentMap) => {
  const edgeById = new Map(map.edges.map((e) => [e.id, e]));
  const end = (id: string) => {
    const e = edgeById.get(id);
    return e ? `(${e.from} ${e.relation} ${e.to})` : id;
  };
  return {
    nodes: map.nodes.filter((n) => n.kind !== 'note').map((n) => `${n.id}:${n.kind}`).sort(),
    edges: map.edges.map((e) => `${e.from} ${e.relation}${e.stance ? `/${e.stance}` : ''} ${end(e.to)}`).sort(),
  };
};

describe('Argdown export', () => {
  it.each(shipped)('%s: @argdown/core reads back every relation', async (file) => {
    const { map } = loadShipped(file);
    const response = readWithArgdown(await render(map));
    expect(response.parserErrors ?? []).toEqual([]);
    expect(response.exceptions ?? []).toEqual([]);
    const { found, missing } = relationsFound(map, response);
    expect(missing).toEqual([]);
    expect(found / map.edges.length).toBeGreaterThanOrEqual(0.9);
  });

  it.each(shipped)('%s: export then import keeps nodes, kinds, edges and relations', async (file) => {
    const { map } = loadShipped(file);
    const back = await argdownImporter.parse(await render(map), { fileName: join(MAPS, 'copy.argdown'), readSource: fileSourceReader(join(MAPS, file)) });
    expect(back.problems.filter((p) => p.severity !== 'info')).toEqual([]);
    const loaded = back.ok ? loadMapValue(back.value, { readSource: fileSourceReader(join(MAPS, file)) }) : back;
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(keyOf(loaded.map)).toEqual(keyOf(map));
    expect(loaded.map.positions.map((p) => [p.id, p.label, p.color])).toEqual(map.positions.map((p) => [p.id, p.label, p.color]));
    expect(loaded.map.references.map((r) => r.id).sort()).toEqual([...new Set(map.nodes.flatMap((n) => ('ref' in n && n.ref ? [n.ref] : [])))].sort());
    for (const node of map.nodes) {
      const copy = loaded.map.nodes.find((n) => n.id === node.id);
      if (node.kind === 'claim' || node.kind === 'objection') expect(copy).toMatchObject({ text: node.text.replace(/\s+/g, ' ').trim(), ...(node.position ? { position: node.position } : {}) });
      if (node.kind === 'passage') expect(copy).toMatchObject({ quote: node.quote, start: node.start, end: node.end, source: node.source });
    }
  });

  it('writes undercut links as arguments that Argdown and the importer both read', async () => {
    const map = sampleMap();
    map.nodes.push({ id: 'o2', kind: 'objection', text: 'The passage is rhetoric, not evidence.' });
    map.nodes.push({ id: 'o3', kind: 'objection', text: 'Liberals were not all alike.' });
    map.edges.push({ id: 'e5', from: 'p1', to: 'c1', relation: 'supports' }, { id: 'e6', from: 'o2', to: 'e5', relation: 'undercuts' });
    map.edges.push({ id: 'e7', from: 'o3', to: 'e2', relation: 'undercuts' });
    const text = await render(map);
    expect(text).toMatch(/^<e5>: .*\n\n\(1\) \[p1\]\n----\n\(2\) \[c1\]$/m);
    const { missing } = relationsFound(map, readWithArgdown(text));
    expect(missing).toEqual([]);
    const back = await argdownImporter.parse(text, { readSource: sampleReader() });
    const loaded = back.ok ? loadMapValue(back.value, { readSource: sampleReader() }) : back;
    expect(loaded.ok).toBe(true);
    if (loaded.ok) expect(keyOf(loaded.map)).toEqual(keyOf(map));
  });

  it('import, export, import keeps nodes, edges and relations of an Argdown document', async () => {
    const text = `# Who leads?\n\n## Mensheviks\n\n[A]: The liberals lead. #x\n  - <B>: They will betray.\n  + [C]: Russia is backward.\n\n<B>\n\n(1) [P]: They fear the workers.\n----\n(2) [Q]: They cannot lead.\n  -> [A]\n\n[U]: 1905 says otherwise.\n  _> <B>\n`;
    const first = await argdownImporter.parse(text, {});
    expect(first.ok).toBe(true);
    if (!first.ok) return;
    const once = loadMapValue(first.value, { readSource: sampleReader() });
    if (!once.ok) throw new Error('first import does not load');
    const again = await argdownImporter.parse(await render(once.map), {});
    const twice = again.ok ? loadMapValue(again.value, { readSource: sampleReader() }) : again;
    expect(twice.ok).toBe(true);
    if (twice.ok) {
      expect(keyOf(twice.map)).toEqual(keyOf(once.map));
      expect(twice.map.nodes).toEqual(once.map.nodes);
    }
  });

  it('escapes text so that Argdown markup in a claim stays text', async () => {
    const map = sampleMap();
    const nasty = 'A #tag, *bold*, _it_, [ref], <arg>, {data: 1}, // not a comment, === not front matter ===, U.S.A. at 10:30 .A. :happy:';
    map.nodes[0] = { ...map.nodes[0]!, text: nasty } as ArgumentMap['nodes'][number];
    const back = await argdownImporter.parse(await render(map), { readSource: sampleReader() });
    expect(back.ok && (back.value as ArgumentMap).nodes.find((n) => n.id === 'c1')).toMatchObject({ text: nasty });
  });
});

describe('Argdown titles', () => {
  it('never gives a statement a title that breaks @argdown/core (toString, constructor)', async () => {
    const map = sampleMap();
    map.nodes[0] = { ...map.nodes[0]!, title: 'toString' } as ArgumentMap['nodes'][number];
    map.nodes[1] = { ...map.nodes[1]!, id: 'constructor' } as ArgumentMap['nodes'][number];
    map.edges = map.edges.map((e) => ({ ...e, ...(e.to === 'c2' ? { to: 'constructor' } : {}), ...(e.from === 'c2' ? { from: 'constructor' } : {}) }));
    const text = await render(map);
    expect(text).not.toMatch(/^\[(toString|constructor)\]/m);
    const back = await argdownImporter.parse(text, { readSource: sampleReader() });
    const loaded = back.ok ? loadMapValue(back.value, { readSource: sampleReader() }) : back;
    expect(loaded.ok).toBe(true);
    if (loaded.ok) {
      expect(keyOf(loaded.map)).toEqual(keyOf(map));
      expect(loaded.map.nodes.find((n) => n.id === 'constructor')).not.toHaveProperty('title');
    }
  });
});
