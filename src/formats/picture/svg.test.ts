import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import { loadMap } from '../../domain/loader';
import { nodeSize } from '../../domain/nodeSize';
import { LEGEND_RELATIONS } from '../../domain/relationLook';
import type { ArgumentMap } from '../../domain/schema/map';
import { sampleMap, SAMPLE_SOURCE } from '../../domain/testing/sampleMap';
import { mapExporter } from '../registry';
import { renderMapSvg } from './svg';

const ROOT = join(import.meta.dirname, '../../..');

/** Parses as strict XML: any error or warning fails the test. */
function parseSvg(svg: string): Document {
  const doc = new DOMParser({
    onError: (level, message) => {
      throw new Error(`${level}: ${message}`);
    },
  }).parseFromString(svg, 'image/svg+xml');
  expect(doc.documentElement?.nodeName).toBe('svg');
  return doc;
}

const all = (doc: Document, tag: string): Element[] => Array.from(doc.getElementsByTagName(tag));
const groups = (doc: Document, cls: string) => all(doc, 'g').filter((g) => (g.getAttribute('class') ?? '').split(' ').includes(cls));
const ids = (doc: Document, cls: string) => groups(doc, cls).map((g) => g.getAttribute('data-id'));
const texts = (el: Document | Element) => all(el as Document, 'text').map((t) => t.textContent ?? '');

function shippedMap(name: string): { map: ArgumentMap; sourceTexts: Record<string, string> } {
  const text = readFileSync(join(ROOT, 'maps', `${name}.map.json`), 'utf8');
  const loaded = loadMap(text, { readSource: (path) => ({ status: 'ok', text: readFileSync(join(ROOT, 'maps', path), 'utf8') }) });
  if (!loaded.ok) throw new Error(`${name} does not load`);
  return { map: loaded.map, sourceTexts: { ...loaded.sourceTexts } };
}

const sample = () => ({ map: sampleMap(), sourceTexts: { s: SAMPLE_SOURCE } });

describe('the SVG picture of a whole map', () => {
  it.each(['getting-started', 'permanent-revolution', 'overview'])('%s: well-formed, every node and link drawn, legend present', (name) => {
    const input = shippedMap(name);
    const doc = parseSvg(renderMapSvg(input));
    expect(ids(doc, 'node').sort()).toEqual(input.map.nodes.map((n) => n.id).sort());
    expect(ids(doc, 'edge').sort()).toEqual(input.map.edges.map((e) => e.id).sort());
    const legend = groups(doc, 'legend');
    expect(legend).toHaveLength(1);
    const legendText = texts(legend[0]!).join(' ');
    for (const p of input.map.positions) expect(legendText).toContain(p.label);
    for (const r of [...LEGEND_RELATIONS, 'assesses']) expect(legendText).toContain(r);
  });

  it('draws each card at its layout position and size, its text clipped to it', () => {
    const input = shippedMap('getting-started');
    const doc = parseSvg(renderMapSvg(input));
    for (const g of groups(doc, 'node')) {
      const node = input.map.nodes.find((n) => n.id === g.getAttribute('data-id'))!;
      const at = input.map.layout[node.id]!;
      expect(g.getAttribute('transform')).toBe(`translate(${at.x} ${at.y})`);
      const clip = all(g as unknown as Document, 'clipPath')[0]!;
      const box = all(clip as unknown as Document, 'rect')[0]!;
      expect([Number(box.getAttribute('width')), Number(box.getAttribute('height'))]).toEqual([nodeSize(node.kind).width, nodeSize(node.kind).height]);
      const clipped = all(g as unknown as Document, 'g').find((inner) => inner.getAttribute('clip-path') === `url(#${clip.getAttribute('id')})`);
      expect(clipped).toBeDefined();
    }
  });

  it('shows what each kind of card shows on the canvas', () => {
    const doc = parseSvg(renderMapSvg(sample()));
    const card = (id: string) => texts(groups(doc, 'node').find((g) => g.getAttribute('data-id') === id)!).join(' | ');
    expect(card('c1')).toContain('Bolsheviks');
    expect(card('c1')).toContain('★ Central');
    expect(card('c1')).toContain('The bourgeoisie cannot lead.');
    expect(card('p1')).toContain('❝ Passage · ¶ 2');
    expect(card('p1')).toContain('Sample source');
    expect(card('o1')).toContain('✕ Objection · Mensheviks');
    expect(card('w1')).toContain('◆ Work · Lih 2006');
    expect(card('w1')).toContain('Lenin Rediscovered');
    expect(card('w1')).toContain('≈ complicates');
    expect(card('w1')).toContain('p. 12-14');
    expect(card('n1')).toContain('✎ Note');
    // The claim's colour is its position's.
    const claim = groups(doc, 'node').find((g) => g.getAttribute('data-id') === 'c1')!;
    expect(all(claim as unknown as Document, 'rect').some((r) => r.getAttribute('fill') === '#0072B2')).toBe(true);
  });

  it('draws links with the relation’s colour, weight, marker and sign', () => {
    const doc = parseSvg(renderMapSvg(sample()));
    const edge = (id: string) => groups(doc, 'edge').find((g) => g.getAttribute('data-id') === id)!;
    const path = (id: string) => all(edge(id) as unknown as Document, 'path')[0]!;
    expect(path('e2').getAttribute('stroke')).toBe('#b3261e');
    expect(path('e2').getAttribute('stroke-width')).toBe('3');
    expect(path('e2').getAttribute('marker-end')).toBe('url(#cp-marker-attacks)');
    expect(path('e3').getAttribute('marker-start')).toBe('url(#cp-marker-contrasts)');
    expect(path('e4').getAttribute('marker-end')).toBe('url(#cp-marker-assesses-complicates)');
    expect(texts(edge('e1'))).toEqual(['❝']);
    expect(texts(edge('e3'))).toEqual(['vs']);
    const markers = all(doc, 'marker').map((m) => m.getAttribute('id'));
    for (const id of ['supports', 'attacks', 'undercuts', 'states', 'contrasts', 'assesses-supports', 'assesses-challenges', 'assesses-complicates']) expect(markers).toContain(`cp-marker-${id}`);
  });

  it('aims an undercut at the middle of the link it denies', () => {
    const map = sampleMap();
    map.nodes.push({ id: 'o2', kind: 'objection', text: 'That does not follow.' });
    map.edges.push({ id: 'e5', from: 'o2', to: 'e2', relation: 'undercuts' });
    map.layout = { c1: { x: 0, y: 0 }, o1: { x: 0, y: 400 }, o2: { x: 400, y: 400 } };
    const doc = parseSvg(renderMapSvg({ map, sourceTexts: { s: SAMPLE_SOURCE } }));
    const glyphAt = (id: string) => {
      const g = groups(doc, 'edge').find((e) => e.getAttribute('data-id') === id)!;
      return groups(g as unknown as Document, 'glyph')[0]!.getAttribute('transform');
    };
    const target = /translate\(([-\d.]+) ([-\d.]+)\)/.exec(glyphAt('e2')!)!;
    const undercut = all(groups(doc, 'edge').find((e) => e.getAttribute('data-id') === 'e5')! as unknown as Document, 'path')[0]!.getAttribute('d')!;
    expect(undercut.endsWith(` ${target[1]},${target[2]}`)).toBe(true);
  });
});

describe('the SVG picture of an area (the current view)', () => {
  it('keeps only the nodes in the area, and is framed by it', () => {
    const input = shippedMap('getting-started');
    const central = input.map.layout['stages-theory']!;
    const area = { x: central.x - 20, y: central.y - 20, width: 300, height: 160 };
    const doc = parseSvg(renderMapSvg({ ...input, area }));
    const inside = input.map.nodes.filter((n) => {
      const at = input.map.layout[n.id]!;
      const size = nodeSize(n.kind);
      return at.x < area.x + area.width && at.x + size.width > area.x && at.y < area.y + area.height && at.y + size.height > area.y;
    });
    expect(inside.length).toBeGreaterThan(0);
    expect(inside.length).toBeLessThan(input.map.nodes.length);
    expect(ids(doc, 'node').sort()).toEqual(inside.map((n) => n.id).sort());
    const map = groups(doc, 'map')[0]!;
    expect(map.getAttribute('transform')).toBe(`translate(${-area.x} ${-area.y})`);
    // Links drawn touch a node in the area.
    const shown = new Set(inside.map((n) => n.id));
    for (const id of ids(doc, 'edge')) {
      const edge = input.map.edges.find((e) => e.id === id)!;
      expect(shown.has(edge.from) || shown.has(edge.to)).toBe(true);
    }
    expect(groups(doc, 'legend')).toHaveLength(1);
  });

  it('refuses an empty area', () => {
    expect(() => renderMapSvg({ ...sample(), area: { x: 0, y: 0, width: 0, height: 10 } })).toThrow('the area to draw is empty');
  });
});

describe('map text in the picture', () => {
  const HOSTILE = '</text><script>alert(1)</script><text>&amp; "quoted" \'single\' ]]> <!-- -->';

  it('is escaped everywhere, so no markup from the map reaches the SVG', () => {
    const map = sampleMap();
    map.title = HOSTILE;
    map.positions[1]!.label = HOSTILE;
    map.references[0]!.title = HOSTILE;
    map.references[0]!.author = [{ family: HOSTILE }];
    map.sources[0]!.title = HOSTILE;
    const c1 = map.nodes.find((n) => n.id === 'c1')!;
    if (c1.kind === 'claim') {
      c1.text = HOSTILE;
      c1.title = HOSTILE;
    }
    const n1 = map.nodes.find((n) => n.id === 'n1')!;
    if (n1.kind === 'note') n1.text = `${HOSTILE} \u0000\u0001\u0008\uFFFE\uD800 control characters`;
    const svg = renderMapSvg({ map, sourceTexts: { s: SAMPLE_SOURCE } });
    const doc = parseSvg(svg);
    expect(all(doc, 'script')).toEqual([]);
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('<!-- -->');
    expect(all(doc, 'title')[0]!.textContent).toBe(HOSTILE);
    expect(texts(doc).some((t) => t.includes('</text><script>'))).toBe(true);
    expect(texts(doc).some((t) => t.includes('control characters') && !/[\u0000-\u0008\uFFFE\uD800]/.test(t))).toBe(true);
  });
});

describe('the SVG exporter', () => {
  it('is registered for export --to svg and draws areas', async () => {
    const exporter = mapExporter('svg')!;
    expect(exporter).toMatchObject({ extension: '.svg', mediaType: 'image/svg+xml', picturesArea: true });
    expect(await exporter.render(sample())).toBe(renderMapSvg(sample()));
  });
});
