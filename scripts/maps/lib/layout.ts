import { NODE_SIZES } from '../../../src/domain/nodeSize';
import type { ArgumentMap } from '../../../src/domain/schema/map';
import type { MapNode } from '../../../src/domain/schema/node';

/** One band of the map: an optional lead note, then the claims of one question or section in order. */
export interface LayoutRow {
  readonly lead?: string;
  readonly claims: readonly string[];
}
export interface LayoutPlan {
  readonly rows: readonly LayoutRow[];
  /** Wrap a row onto a new line past this width, so no map is one endless strip. */
  readonly maxRowWidth?: number;
}

const GAP = 36; // inside a block: comfortably more than the 24 units nodes must keep apart
const BLOCK_GAP = 110;
const ROW_GAP = 180;
const EVIDENCE_COLUMNS = 2;

interface Block {
  readonly width: number;
  readonly height: number;
  place(x: number, y: number, out: Record<string, { x: number; y: number }>): void;
}

/**
 * A hand-designed reading order, computed: each planned claim heads a block with the works
 * and notes on it to its left, the passages that state, support or attack it below, and
 * whatever attacks or supports it (objections, rebuttals, claims not planned elsewhere) to
 * its right as blocks of their own. Blocks run left to right in rows, one row per question
 * or section. Nodes are placed once, in the first block that reaches them; a node no block
 * reaches is a spec error.
 */
export function layoutMap(map: ArgumentMap, plan: LayoutPlan): Record<string, { x: number; y: number }> {
  const nodes = new Map(map.nodes.map((n) => [n.id, n]));
  const incoming = new Map<string, { from: string; relation: string }[]>();
  for (const e of map.edges) incoming.set(e.to, [...(incoming.get(e.to) ?? []), { from: e.from, relation: e.relation }]);
  const planned = new Set(plan.rows.flatMap((r) => [...r.claims, ...(r.lead ? [r.lead] : [])]));
  const placed = new Set<string>();
  const aboutNotes = (id: string) => map.nodes.filter((n) => n.kind === 'note' && !planned.has(n.id) && n.about?.[0] === id);

  const take = (id: string) => {
    if (placed.has(id)) return false;
    placed.add(id);
    return true;
  };

  const blockOf = (id: string): Block => {
    take(id);
    const sources = (incoming.get(id) ?? []).map((i) => ({ ...i, node: nodes.get(i.from)! }));
    const side = [...sources.filter((s) => s.node.kind === 'work').map((s) => s.node), ...aboutNotes(id)].filter((n) => take(n.id));
    const evidence = sources.filter((s) => s.node.kind === 'passage').map((s) => s.node).filter((n) => take(n.id));
    const arguers: Block[] = [];
    for (const s of sources) {
      const argues = (s.relation === 'attacks' || s.relation === 'supports') && isArguer(s.node);
      // Checked one by one: an earlier arguer's block may already have taken a later one.
      if (argues && !planned.has(s.node.id) && !placed.has(s.node.id)) arguers.push(blockOf(s.node.id));
    }
    return composeBlock(nodes.get(id)!, side, evidence, arguers);
  };

  const out: Record<string, { x: number; y: number }> = {};
  const maxWidth = plan.maxRowWidth ?? 5600;
  let y = 0;
  for (const row of plan.rows) {
    let x = 0;
    let rowHeight = 0;
    const blocks: Block[] = [];
    if (row.lead) blocks.push(single(nodes.get(row.lead)!, take));
    for (const id of row.claims) {
      if (nodes.get(id)?.kind !== 'claim') throw new Error(`${map.id}: planned ${id} is not a claim`);
      if (placed.has(id)) throw new Error(`${map.id}: ${id} is planned but was already placed`);
      blocks.push(blockOf(id));
    }
    for (const block of blocks) {
      if (x > 0 && x + block.width > maxWidth) {
        y += rowHeight + ROW_GAP;
        x = 0;
        rowHeight = 0;
      }
      block.place(x, y, out);
      x += block.width + BLOCK_GAP;
      rowHeight = Math.max(rowHeight, block.height);
    }
    y += rowHeight + ROW_GAP;
  }

  const missing = map.nodes.filter((n) => !(n.id in out)).map((n) => n.id);
  if (missing.length > 0) throw new Error(`${map.id}: the layout plan reaches no block for ${missing.join(', ')}`);
  return out;
}

function isArguer(n: MapNode): boolean {
  return n.kind === 'objection' || n.kind === 'claim';
}

function single(node: MapNode, take: (id: string) => boolean): Block {
  take(node.id);
  const { width, height } = NODE_SIZES[node.kind];
  return { width, height, place: (x, y, out) => void (out[node.id] = { x, y }) };
}

/** [side column] [head over its evidence grid] [arguer blocks, stacked]. */
function composeBlock(head: MapNode, side: MapNode[], evidence: MapNode[], arguers: Block[]): Block {
  const size = (n: MapNode) => NODE_SIZES[n.kind];
  const sideWidth = side.length ? Math.max(...side.map((n) => size(n).width)) : 0;
  const sideHeight = stackHeight(side.map((n) => size(n).height));
  const columns = Math.min(EVIDENCE_COLUMNS, evidence.length);
  const cell = NODE_SIZES.passage;
  const gridWidth = columns ? columns * cell.width + (columns - 1) * GAP : 0;
  const gridRows = Math.ceil(evidence.length / EVIDENCE_COLUMNS);
  const headSize = size(head);
  const centreWidth = Math.max(headSize.width, gridWidth);
  const centreHeight = headSize.height + (gridRows ? GAP + gridRows * cell.height + (gridRows - 1) * GAP : 0);
  const arguerWidth = arguers.length ? Math.max(...arguers.map((b) => b.width)) : 0;
  const arguerHeight = stackHeight(arguers.map((b) => b.height));
  const centreX = side.length ? sideWidth + GAP : 0;
  const arguerX = centreX + centreWidth + GAP;
  return {
    width: arguers.length ? arguerX + arguerWidth : centreX + centreWidth,
    height: Math.max(sideHeight, centreHeight, arguerHeight),
    place(x, y, out) {
      let sy = y;
      for (const n of side) {
        out[n.id] = { x: x + (sideWidth - size(n).width) / 2, y: sy };
        sy += size(n).height + GAP;
      }
      out[head.id] = { x: x + centreX + (centreWidth - headSize.width) / 2, y };
      evidence.forEach((n, i) => {
        const col = i % EVIDENCE_COLUMNS;
        const row = Math.floor(i / EVIDENCE_COLUMNS);
        const inRow = Math.min(EVIDENCE_COLUMNS, evidence.length - row * EVIDENCE_COLUMNS);
        const rowWidth = inRow * cell.width + (inRow - 1) * GAP;
        out[n.id] = {
          x: x + centreX + (centreWidth - rowWidth) / 2 + col * (cell.width + GAP),
          y: y + headSize.height + GAP + row * (cell.height + GAP),
        };
      });
      let ay = y;
      for (const b of arguers) {
        b.place(x + arguerX, ay, out);
        ay += b.height + GAP;
      }
    },
  };
}

function stackHeight(heights: number[]): number {
  return heights.length ? heights.reduce((a, b) => a + b, 0) + (heights.length - 1) * GAP : 0;
}
