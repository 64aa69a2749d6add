import { nodeSize } from '../../domain/nodeSize';
import type { Edge } from '../../domain/schema/edge';
import type { ArgumentMap } from '../../domain/schema/map';
import type { MapNode } from '../../domain/schema/node';
import { IdAllocator } from '../interchange/ids';
import { paragraphFinder } from '../interchange/paragraphs';
import { nodeMarkdown } from './nodeText';

/** JSON Canvas 1.0 (jsoncanvas.org/spec/1.0): what Obsidian and other infinite canvases open. */
export type Side = 'top' | 'right' | 'bottom' | 'left';

export interface CanvasNode {
  id: string;
  type: 'text' | 'group';
  x: number;
  y: number;
  width: number;
  height: number;
  color?: string;
  text?: string;
  label?: string;
}

export interface CanvasEdge {
  id: string;
  fromNode: string;
  fromSide: Side;
  fromEnd: 'none' | 'arrow';
  toNode: string;
  toSide: Side;
  toEnd: 'none' | 'arrow';
  color: string;
  label: string;
}

export interface JsonCanvas {
  nodes: CanvasNode[];
  edges: CanvasEdge[];
}

/** Each relation's colour (Okabe–Ito, as the app's legend) and label. */
const RELATION_STYLE: Record<string, { color: string; label: string }> = {
  states: { color: '#0072B2', label: 'states' },
  supports: { color: '#009E73', label: 'supports' },
  attacks: { color: '#D55E00', label: 'attacks' },
  undercuts: { color: '#CC79A7', label: 'undercuts' },
  contrasts: { color: '#E69F00', label: 'contrasts with' },
  'assesses:supports': { color: '#009E73', label: 'reading: supports' },
  'assesses:challenges': { color: '#D55E00', label: 'reading: challenges' },
  'assesses:complicates': { color: '#56B4E9', label: 'reading: complicates' },
};

const GROUP_PADDING = 40;
const GROUP_LABEL_SPACE = 40;
const JOINT = { width: 120, height: 60 };

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * A map as a JSON Canvas: one Markdown text node per node, at its place in the map's layout
 * (nodes the layout lacks go in rows below it), sized as the canvas draws it; one group per
 * position, drawn first (underneath), bounding its claims and objections; one labelled,
 * coloured edge per link, leaving the side that faces the other end. An undercut aims at a
 * link, which a canvas cannot do: the link gets a small "⊘" node at its middle, and the
 * undercut points there. Geometry is whole canvas units.
 */
export function mapToCanvas(map: ArgumentMap, sourceTexts: Readonly<Record<string, string>>): JsonCanvas {
  const boxes = placeNodes(map);
  const paragraph = paragraphFinder(sourceTexts);
  const ids = new IdAllocator(map.nodes.map((n) => n.id));
  const positionColor = new Map(map.positions.map((p) => [p.id, p.color]));

  const groups: CanvasNode[] = [];
  for (const p of map.positions) {
    const members = map.nodes.filter((n) => (n.kind === 'claim' || n.kind === 'objection') && n.position === p.id).map((n) => boxes.get(n.id)!);
    if (members.length === 0) continue;
    const x = Math.min(...members.map((b) => b.x)) - GROUP_PADDING;
    const y = Math.min(...members.map((b) => b.y)) - GROUP_PADDING - GROUP_LABEL_SPACE;
    const right = Math.max(...members.map((b) => b.x + b.width)) + GROUP_PADDING;
    const bottom = Math.max(...members.map((b) => b.y + b.height)) + GROUP_PADDING;
    groups.push({ id: ids.take(`position-${p.id}`, `position-${p.id}`, 'position'), type: 'group', x, y, width: right - x, height: bottom - y, color: p.color, label: p.period ? `${p.label} (${p.period})` : p.label });
  }

  const nodes: CanvasNode[] = map.nodes.map((n) => {
    const b = boxes.get(n.id)!;
    const color = ('position' in n && n.position ? positionColor.get(n.position) : undefined) ?? KIND_COLOR[n.kind];
    return { id: n.id, type: 'text', ...b, ...(color ? { color } : {}), text: nodeMarkdown(n, map, paragraph) };
  });

  const edges: CanvasEdge[] = [];
  const joints = new Map<string, string>();
  const undercutTargets = new Set(map.edges.filter((e) => e.relation === 'undercuts').map((e) => e.to));
  const edgeIds = new IdAllocator([...map.nodes.map((n) => n.id), ...groups.map((g) => g.id)]);
  for (const e of map.edges) {
    if (e.relation === 'undercuts') continue;
    const from = boxes.get(e.from)!;
    const to = boxes.get(e.to)!;
    if (undercutTargets.has(e.id)) {
      const joint: Box = { x: (center(from).x + center(to).x) / 2 - JOINT.width / 2, y: (center(from).y + center(to).y) / 2 - JOINT.height / 2, width: JOINT.width, height: JOINT.height };
      const jointId = ids.take(`link-${e.id}`, `link-${e.id}`, 'link');
      joints.set(e.id, jointId);
      boxes.set(jointId, joint);
      nodes.push({ id: jointId, type: 'text', ...rounded(joint), text: `⊘ ${RELATION_STYLE[styleKey(e)]!.label}` });
      edges.push(connect(edgeIds.take(`${e.id}-a`, `${e.id}-a`, 'edge'), e.from, from, jointId, joint, e, 'none'));
      edges.push(connect(edgeIds.take(`${e.id}-b`, `${e.id}-b`, 'edge'), jointId, joint, e.to, to, e, 'arrow'));
    } else {
      edges.push(connect(edgeIds.take(e.id, e.id, 'edge'), e.from, from, e.to, to, e, 'arrow'));
    }
  }
  for (const e of map.edges.filter((x) => x.relation === 'undercuts')) {
    const jointId = joints.get(e.to);
    if (!jointId) continue;
    edges.push(connect(edgeIds.take(e.id, e.id, 'edge'), e.from, boxes.get(e.from)!, jointId, boxes.get(jointId)!, e, 'arrow'));
  }
  return { nodes: [...groups.map(roundedNode), ...nodes.map(roundedNode)], edges };
}

const KIND_COLOR: Partial<Record<MapNode['kind'], string>> = { passage: '#56B4E9', objection: '#D55E00', work: '#999999', note: '#F0E442' };

function styleKey(e: Edge): string {
  return e.relation === 'assesses' ? `assesses:${e.stance ?? 'complicates'}` : e.relation;
}

/** Where each node stands: its layout point, or for nodes without one, rows under the laid-out ones. */
function placeNodes(map: ArgumentMap): Map<string, Box> {
  const boxes = new Map<string, Box>();
  const placed = map.nodes.filter((n) => Object.hasOwn(map.layout, n.id));
  const bottom = placed.length > 0 ? Math.max(...placed.map((n) => map.layout[n.id]!.y + nodeSize(n.kind).height)) + 120 : 0;
  const left = placed.length > 0 ? Math.min(...placed.map((n) => map.layout[n.id]!.x)) : 0;
  let column = 0;
  for (const n of map.nodes) {
    const size = nodeSize(n.kind);
    const point = Object.hasOwn(map.layout, n.id) ? map.layout[n.id]! : { x: left + (column % 8) * 320, y: bottom + Math.floor(column++ / 8) * 200 };
    boxes.set(n.id, { x: point.x, y: point.y, width: size.width, height: size.height });
  }
  return boxes;
}

function center(b: Box): { x: number; y: number } {
  return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
}

/** The sides facing each other: vertical when one box is clearly above the other (conclusions sit above reasons), else horizontal. */
function sides(from: Box, to: Box): [Side, Side] {
  const a = center(from);
  const b = center(to);
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  if (Math.abs(dy) >= Math.abs(dx) * 0.5) return dy < 0 ? ['top', 'bottom'] : ['bottom', 'top'];
  return dx < 0 ? ['left', 'right'] : ['right', 'left'];
}

function connect(id: string, fromId: string, from: Box, toId: string, to: Box, e: Edge, toEnd: 'none' | 'arrow'): CanvasEdge {
  const [fromSide, toSide] = sides(from, to);
  const style = RELATION_STYLE[styleKey(e)]!;
  return { id, fromNode: fromId, fromSide, fromEnd: e.relation === 'contrasts' && toEnd === 'arrow' ? 'arrow' : 'none', toNode: toId, toSide, toEnd, color: style.color, label: style.label };
}

function rounded(b: Box): Box {
  return { x: Math.round(b.x), y: Math.round(b.y), width: Math.round(b.width), height: Math.round(b.height) };
}

function roundedNode(n: CanvasNode): CanvasNode {
  return { ...n, ...rounded(n) };
}
