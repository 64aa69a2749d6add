import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileSourceReader } from '../../cli/io';
import { loadMap } from '../../domain/loader';
import type { ArgumentMap } from '../../domain/schema/map';
import { sampleMap } from '../../domain/testing/sampleMap';
import { canvasExporter } from './index';

const MAPS = join(import.meta.dirname, '..', '..', '..', 'maps');
const shipped = readdirSync(MAPS).filter((f) => f.endsWith('.map.json'));

const SIDES = ['top', 'right', 'bottom', 'left'];
const COLOR = /^(#[0-9a-fA-F]{6}|[1-6])$/;

/** The JSON Canvas 1.0 rules, checked field by field; returns what breaks them. */
function specViolations(canvas: unknown): string[] {
  const out: string[] = [];
  const doc = canvas as { nodes?: unknown; edges?: unknown };
  if (!Array.isArray(doc.nodes) || !Array.isArray(doc.edges)) return ['nodes and edges must be arrays'];
  const ids = new Set<string>();
  const nodeIds = new Set<string>();
  for (const n of doc.nodes as Record<string, unknown>[]) {
    if (typeof n.id !== 'string' || ids.has(n.id)) out.push(`node id ${String(n.id)} missing or repeated`);
    ids.add(n.id as string);
    nodeIds.add(n.id as string);
    if (!['text', 'file', 'link', 'group'].includes(n.type as string)) out.push(`node ${n.id}: type ${String(n.type)}`);
    for (const k of ['x', 'y', 'width', 'height']) if (!Number.isInteger(n[k])) out.push(`node ${n.id}: ${k} is not an integer`);
    if (!((n.width as number) > 0 && (n.height as number) > 0)) out.push(`node ${n.id}: empty size`);
    if (n.type === 'text' && typeof n.text !== 'string') out.push(`node ${n.id}: text node without text`);
    if (n.type === 'group' && n.label !== undefined && typeof n.label !== 'string') out.push(`node ${n.id}: label`);
    if (n.color !== undefined && !COLOR.test(n.color as string)) out.push(`node ${n.id}: colour ${String(n.color)}`);
  }
  for (const e of doc.edges as Record<string, unknown>[]) {
    if (typeof e.id !== 'string' || ids.has(e.id)) out.push(`edge id ${String(e.id)} missing or repeated`);
    ids.add(e.id as string);
    if (!nodeIds.has(e.fromNode as string) || !nodeIds.has(e.toNode as string)) out.push(`edge ${e.id}: an end is not a node`);
    for (const k of ['fromSide', 'toSide']) if (e[k] !== undefined && !SIDES.includes(e[k] as string)) out.push(`edge ${e.id}: ${k}`);
    for (const k of ['fromEnd', 'toEnd']) if (e[k] !== undefined && !['none', 'arrow'].includes(e[k] as string)) out.push(`edge ${e.id}: ${k}`);
    if (e.color !== undefined && !COLOR.test(e.color as string)) out.push(`edge ${e.id}: colour`);
    if (e.label !== undefined && typeof e.label !== 'string') out.push(`edge ${e.id}: label`);
  }
  return out;
}

type Canvas = { nodes: { id: string; type: string; x: number; y: number; width: number; height: number; text?: string; label?: string; color?: string }[]; edges: { id: string; fromNode: string; toNode: string; fromSide: string; toSide: string; label: string }[] };

const render = async (map: ArgumentMap, sourceTexts: Record<string, string> = {}) => JSON.parse((await canvasExporter.render({ map, sourceTexts })) as string) as Canvas;

describe('JSON Canvas export', () => {
  it.each(shipped)('%s: well-formed JSON Canvas 1.0, groups bounding their positions', async (file) => {
    const path = join(MAPS, file);
    const loaded = loadMap(readFileSync(path, 'utf8'), { readSource: fileSourceReader(path) });
    if (!loaded.ok) throw new Error(file);
    const canvas = await render(loaded.map, loaded.sourceTexts);
    expect(specViolations(canvas)).toEqual([]);
    expect(canvas.nodes.filter((n) => n.type === 'text')).toHaveLength(loaded.map.nodes.length);
    expect(canvas.edges).toHaveLength(loaded.map.edges.length);
    // Groups come first, so they are drawn under the cards.
    const firstText = canvas.nodes.findIndex((n) => n.type === 'text');
    expect(canvas.nodes.slice(firstText).every((n) => n.type === 'text')).toBe(true);
    for (const p of loaded.map.positions) {
      const group = canvas.nodes.find((n) => n.type === 'group' && n.label?.startsWith(p.label));
      const members = loaded.map.nodes.filter((n) => (n.kind === 'claim' || n.kind === 'objection') && n.position === p.id);
      if (members.length === 0) continue;
      expect(group?.color).toBe(p.color);
      for (const m of members) {
        const card = canvas.nodes.find((n) => n.id === m.id)!;
        expect(card.x >= group!.x && card.y >= group!.y && card.x + card.width <= group!.x + group!.width && card.y + card.height <= group!.y + group!.height).toBe(true);
      }
    }
  });

  it('labels and colours links, and points them from the side facing the other end', async () => {
    const canvas = await render(sampleMap());
    // The sample's layout places c1 alone; the other nodes go in rows below it.
    const states = canvas.edges.find((e) => e.id === 'e1')!;
    expect(states).toMatchObject({ fromNode: 'p1', toNode: 'c1', label: 'states' });
    const p1 = canvas.nodes.find((n) => n.id === 'p1')!;
    const c1 = canvas.nodes.find((n) => n.id === 'c1')!;
    expect(p1.y).toBeGreaterThan(c1.y);
    expect([states.fromSide, states.toSide]).toEqual(['top', 'bottom']);
    expect(canvas.edges.find((e) => e.id === 'e4')!.label).toBe('reading: complicates');
  });

  it('sends an undercut to a joint on the link it denies', async () => {
    const map = sampleMap();
    map.nodes.push({ id: 'o2', kind: 'objection', text: 'Rhetoric.' });
    map.edges.push({ id: 'e5', from: 'o2', to: 'e2', relation: 'undercuts' });
    const canvas = await render(map);
    expect(specViolations(canvas)).toEqual([]);
    const joint = canvas.nodes.find((n) => n.text?.startsWith('⊘'))!;
    expect(canvas.edges.filter((e) => e.toNode === joint.id || e.fromNode === joint.id).map((e) => `${e.fromNode}>${e.toNode}`).sort()).toEqual([`${joint.id}>c1`, `o1>${joint.id}`, `o2>${joint.id}`].sort());
  });

  it('writes map text as escaped Markdown: no raw HTML, no headings or links from a claim', async () => {
    const map = sampleMap();
    map.nodes[0] = { id: 'c1', kind: 'claim', text: '# Heading <script>alert(1)</script> [x](javascript:alert(1)) **bold**', title: '<b>T</b>' };
    const canvas = await render(map);
    const text = canvas.nodes.find((n) => n.id === 'c1')!.text!;
    expect(text).not.toMatch(/(^|[^\\])(<script|<b>|\]\(javascript)/);
    expect(text).toContain('\\<script\\>');
    expect(text).toMatch(/^\*\*\\<b\\>T\\<\/b\\>\*\*\n\n\\# Heading/);
  });
});
