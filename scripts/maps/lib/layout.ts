import { NODE_SIZES } from '../../../src/domain/nodeSize';
import type { ArgumentMap } from '../../../src/domain/schema/map';
import type { MapNode } from '../../../src/domain/schema/node';
import { edgeMeasure, LONG_EDGE, MAX_EDGE } from './edgeLength';

/**
 * One band of the map: an optional lead note (the question's label, or a section's note),
 * then the claims of one question or section.
 */
export interface LayoutRow {
  readonly lead?: string;
  readonly claims: readonly string[];
}
export interface LayoutPlan {
  readonly rows: readonly LayoutRow[];
  /** A note placed first, at the head of the top row (what the map is and how to read it). */
  readonly intro?: string;
  /** Wrap a row onto a new line past this width, so no map is one endless strip. */
  readonly maxRowWidth?: number;
  /** Keep the claims of each row in the plan's order rather than the order with the shortest links. */
  readonly fixedOrder?: boolean;
  /** Let the rows themselves be reordered too (for questions that have no natural order). */
  readonly reorderRows?: boolean;
}

type Layout = Record<string, { x: number; y: number }>;

const GAP = 36; // between siblings: comfortably more than the 24 units nodes must keep apart
const CHILD_GAP = 100; // from a claim down to its passages: room for the works' links to pass above them
const WORK_STEP = NODE_SIZES.work.height + GAP;
const WORKS_PER_COLUMN = 4; // one above the claim's level, three at and below it
const PASSAGE_COLUMNS = 2;
const CLUSTER_GAP = 96;
const ROW_GAP = 150;
const LONG_PENALTY = 1500; // what one edge longer than LONG_EDGE costs the order search, beyond its length
const OVERLONG_PENALTY = 20000; // what one edge longer than MAX_EDGE costs: a layout with one is all but refused

/**
 * What hangs on one node: the works that assess it, the notes about it, and what states,
 * supports or attacks it (passages first, then objections and unplanned claims, each a
 * cluster of its own).
 */
interface Cluster {
  readonly node: MapNode;
  readonly works: readonly MapNode[];
  readonly notes: readonly MapNode[];
  readonly children: readonly Cluster[];
}

/** A placed cluster: its size, where its head sits inside it, and how to place it. */
interface Block {
  readonly width: number;
  readonly height: number;
  /** The head's top, from the block's top: a row lines its heads up on this. */
  readonly headTop: number;
  place(x: number, y: number, out: Layout): void;
}

/**
 * A hand-designed reading order, computed. Each planned claim heads a cluster: the works
 * that assess it to its left (one work node per reading, so each sits by its claim), the
 * passages that state, support or attack it under it, and the objections against it to its
 * right, each with its rebuttals. Clusters run left to
 * right in rows, one per question or section, their claims on one level so that links
 * between neighbours run straight across. Within each row the clusters are ordered to make
 * the map's links short (none longer than MAX_EDGE, fewest longer than LONG_EDGE, then least total length), unless
 * the plan fixes the order. Nodes are placed once, in the first cluster that reaches them;
 * a node no cluster reaches is a spec error.
 */
export function layoutMap(map: ArgumentMap, plan: LayoutPlan): Layout {
  const clusters = gatherClusters(map, plan);
  const rows: Row[] = plan.rows.map((r, i) => ({
    lead: r.lead ? single(nodeOf(map, r.lead)) : undefined,
    blocks: clusters[i]!.map((c) => clusterBlock(c)),
  }));
  const intro = plan.intro ? single(nodeOf(map, plan.intro)) : undefined;
  const maxWidth = plan.maxRowWidth ?? 5600;
  const place = (a: Arrangement) => placeRows(rows, a, intro, maxWidth);

  let arrangement: Arrangement = rows.map((r, i) => ({ row: i, order: r.blocks.map((_, k) => k), shift: 0 }));
  if (!plan.fixedOrder) arrangement = shortestArrangement(map, arrangement, place, plan.reorderRows ?? false);
  const out = place(arrangement);
  const missing = map.nodes.filter((n) => !(n.id in out)).map((n) => n.id);
  if (missing.length > 0) throw new Error(`${map.id}: the layout plan reaches no cluster for ${missing.join(', ')}`);
  return out;
}

interface Row {
  readonly lead: Block | undefined;
  readonly blocks: readonly Block[];
}
/** Rows top to bottom: which plan row, its clusters left to right, and how far right it starts. */
type Arrangement = readonly { readonly row: number; readonly order: readonly number[]; readonly shift: number }[];

function nodeOf(map: ArgumentMap, id: string): MapNode {
  const n = map.nodes.find((x) => x.id === id);
  if (!n) throw new Error(`${map.id}: the layout plan names ${id}, which is not a node`);
  return n;
}

/** Which nodes belong to which cluster, decided once, in the plan's order. */
function gatherClusters(map: ArgumentMap, plan: LayoutPlan): Cluster[][] {
  const nodes = new Map(map.nodes.map((n) => [n.id, n]));
  const incoming = new Map<string, { from: string; relation: string }[]>();
  for (const e of map.edges) incoming.set(e.to, [...(incoming.get(e.to) ?? []), { from: e.from, relation: e.relation }]);
  const planned = new Set(plan.rows.flatMap((r) => [...r.claims, ...(r.lead ? [r.lead] : [])]));
  const placed = new Set<string>(plan.rows.flatMap((r) => (r.lead ? [r.lead] : [])));
  const take = (n: MapNode) => (placed.has(n.id) ? false : (placed.add(n.id), true));

  const gather = (id: string): Cluster => {
    const node = nodes.get(id)!;
    placed.add(id);
    const sources = (incoming.get(id) ?? []).map((i) => ({ ...i, node: nodes.get(i.from)! }));
    const works = sources.filter((s) => s.node.kind === 'work').map((s) => s.node).filter(take);
    const notes = map.nodes.filter((n) => n.kind === 'note' && !planned.has(n.id) && n.about?.[0] === id).filter(take);
    const passages = (['states', 'supports', 'attacks'] as const).flatMap((r) =>
      sources.filter((s) => s.node.kind === 'passage' && s.relation === r).map((s) => s.node),
    );
    const children: Cluster[] = passages.filter(take).map((n) => ({ node: n, works: [], notes: [], children: [] }));
    for (const s of sources) {
      const argues = (s.relation === 'attacks' || s.relation === 'supports') && (s.node.kind === 'objection' || s.node.kind === 'claim');
      // Checked one by one: an earlier arguer's cluster may already have taken a later one.
      if (argues && !planned.has(s.node.id) && !placed.has(s.node.id)) children.push(gather(s.node.id));
    }
    return { node, works, notes, children };
  };

  return plan.rows.map((row) =>
    row.claims.map((id) => {
      if (nodes.get(id)?.kind !== 'claim') throw new Error(`${map.id}: planned ${id} is not a claim`);
      if (placed.has(id)) throw new Error(`${map.id}: ${id} is planned but was already placed`);
      return gather(id);
    }),
  );
}

const size = (n: MapNode) => NODE_SIZES[n.kind];

function single(node: MapNode): Block {
  const { width, height } = size(node);
  return { width, height, headTop: 0, place: (x, y, out) => void (out[node.id] = { x, y }) };
}

/**
 * A cluster as a block, around its head: the works that assess it in a column to its left,
 * centred on it (one above its level, the rest at and below it, so that their links run
 * short and clear of the passages); the passages that state, support or attack it in a grid
 * under it; and to its right, stacked, the objections and claims that argue with it (each a
 * cluster of its own) and the notes about it. An objection with a single rebuttal and
 * nothing else keeps it beside itself.
 */
function clusterBlock(c: Cluster): Block {
  if (c.works.length === 0 && c.notes.length === 0 && c.children.length === 0) return single(c.node);
  const head = size(c.node);
  const passages = c.children.filter((k) => k.node.kind === 'passage' && k.children.length === 0).map((k) => k.node);
  const arguers = c.children.filter((k) => !(k.node.kind === 'passage' && k.children.length === 0));
  if (c.works.length === 0 && c.notes.length === 0 && c.children.length === 1 && c.node.kind !== 'claim') {
    const child = clusterBlock(c.children[0]!);
    return {
      width: head.width + GAP + child.width,
      height: Math.max(head.height, child.height),
      headTop: 0,
      place(x, y, out) {
        out[c.node.id] = { x, y };
        child.place(x + head.width + GAP, y, out);
      },
    };
  }

  // Offsets from the head's top-left corner.
  const cell = NODE_SIZES.passage;
  const columns = Math.min(PASSAGE_COLUMNS, passages.length);
  const gridWidth = columns ? columns * cell.width + (columns - 1) * GAP : 0;
  const gridRows = Math.ceil(passages.length / PASSAGE_COLUMNS);
  const gridTop = head.height + CHILD_GAP;
  const gridBottom = gridRows ? gridTop + gridRows * cell.height + (gridRows - 1) * GAP : head.height;
  const centreLeft = Math.min(0, (head.width - gridWidth) / 2);
  const centreRight = Math.max(head.width, (head.width + gridWidth) / 2);

  const work = NODE_SIZES.work;
  const workColumns = chunk(c.works, WORKS_PER_COLUMN);
  const workAt = (i: number, n: number) => (i - Math.min(1, Math.floor((n - 1) / 2))) * WORK_STEP + (head.height - work.height) / 2;
  const worksLeft = centreLeft - workColumns.length * (work.width + GAP);
  const worksTop = workColumns.length ? Math.min(...workColumns.map((col) => workAt(0, col.length))) : 0;
  const worksBottom = workColumns.length ? Math.max(...workColumns.map((col) => workAt(col.length - 1, col.length) + work.height)) : 0;

  const side = [...arguers.map((k) => clusterBlock(k)), ...c.notes.map(single)];
  const sideLeft = centreRight + GAP;
  const sideWidth = side.length ? Math.max(...side.map((b) => b.width)) : 0;
  const sideHeight = side.reduce((h, b, i) => h + b.height + (i ? GAP : 0), 0);

  const top = Math.min(0, worksTop);
  const left = workColumns.length ? worksLeft : centreLeft;
  const right = side.length ? sideLeft + sideWidth : centreRight;
  const bottom = Math.max(gridBottom, worksBottom, sideHeight);
  return {
    width: right - left,
    height: bottom - top,
    headTop: -top,
    place(x, y, out) {
      const hx = x - left;
      const hy = y - top;
      out[c.node.id] = { x: hx, y: hy };
      workColumns.forEach((col, j) => {
        const wx = hx + centreLeft - (j + 1) * (work.width + GAP);
        col.forEach((n, i) => void (out[n.id] = { x: wx, y: hy + workAt(i, col.length) }));
      });
      passages.forEach((n, i) => {
        const row = Math.floor(i / PASSAGE_COLUMNS);
        const inRow = Math.min(PASSAGE_COLUMNS, passages.length - row * PASSAGE_COLUMNS);
        const rowWidth = inRow * cell.width + (inRow - 1) * GAP;
        out[n.id] = {
          x: hx + (head.width - rowWidth) / 2 + (i % PASSAGE_COLUMNS) * (cell.width + GAP),
          y: hy + gridTop + row * (cell.height + GAP),
        };
      });
      let sy = hy;
      for (const b of side) {
        b.place(hx + sideLeft, sy, out);
        sy += b.height + GAP;
      }
    },
  };
}

function chunk<T>(items: readonly T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += n) out.push(items.slice(i, i + n));
  return out;
}

/**
 * Rows top to bottom, clusters left to right, every head of a line on one level. A row's
 * lead notes (and the map's intro, on the top row) stand at the left edge; its clusters
 * start after them, moved right by the row's shift, and wrap onto further lines there.
 */
function placeRows(rows: readonly Row[], arrangement: Arrangement, intro: Block | undefined, maxWidth: number): Layout {
  const out: Layout = {};
  let y = 0;
  arrangement.forEach(({ row, order, shift }, r) => {
    const { lead, blocks } = rows[row]!;
    const leading = [...(r === 0 && intro ? [intro] : []), ...(lead ? [lead] : [])];
    const indent = leading.reduce((w, b) => w + b.width + CLUSTER_GAP, 0) + shift;
    const lines: Block[][] = [[]];
    let x = indent;
    for (const k of order) {
      const b = blocks[k]!;
      if (lines.at(-1)!.length > 0 && x + b.width > maxWidth) {
        lines.push([]);
        x = indent;
      }
      lines.at(-1)!.push(b);
      x += b.width + CLUSTER_GAP;
    }
    lines.forEach((line, i) => {
      const level = Math.max(0, ...(i === 0 ? leading : []).map((b) => b.headTop), ...line.map((b) => b.headTop));
      let bottom = y;
      const put = (b: Block, at: number) => {
        const top = y + level - b.headTop;
        b.place(at, top, out);
        bottom = Math.max(bottom, top + b.height);
        return at + b.width + CLUSTER_GAP;
      };
      if (i === 0) leading.reduce((lx, b) => put(b, lx), 0);
      line.reduce((lx, b) => put(b, lx), indent);
      y = bottom + ROW_GAP;
    });
  });
  return out;
}

const SHIFT_STEP = 160;
const MAX_SHIFT = 1600;

/**
 * The arrangement that makes the links shortest, by hill-climbing from the plan's: swaps
 * and moves of one cluster within its row, swaps of two rows (when the plan allows), and
 * shifts of a row to the right, each kept while it lowers the cost, until none does.
 * Deterministic, so the committed maps are what the specs build.
 */
function shortestArrangement(map: ArgumentMap, start: Arrangement, place: (a: Arrangement) => Layout, reorderRows: boolean): Arrangement {
  const measure = edgeMeasure(map);
  const cost = (a: Arrangement) => {
    let total = 0;
    for (const length of measure(place(a))) total += length + (length > LONG_EDGE ? LONG_PENALTY : 0) + (length > MAX_EDGE ? OVERLONG_PENALTY : 0);
    return total;
  };
  let best = start;
  let bestCost = cost(best);
  const tryMove = (candidate: Arrangement) => {
    const c = cost(candidate);
    if (c < bestCost - 1e-6) {
      best = candidate;
      bestCost = c;
      return true;
    }
    return false;
  };
  const withRow = (r: number, change: Partial<Arrangement[number]>) => best.map((x, k) => (k === r ? { ...x, ...change } : x));
  for (let pass = 0; pass < 40; pass++) {
    let improved = false;
    for (let r = 0; r < best.length; r++) {
      const n = best[r]!.order.length;
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) {
          if (i === j) continue;
          if (j > i) improved = tryMove(withRow(r, { order: swap(best[r]!.order, i, j) })) || improved;
          improved = tryMove(withRow(r, { order: moveTo(best[r]!.order, i, j) })) || improved;
        }
      }
      for (const step of [SHIFT_STEP, -SHIFT_STEP]) {
        const shift = best[r]!.shift + step;
        if (shift >= 0 && shift <= MAX_SHIFT) improved = tryMove(withRow(r, { shift })) || improved;
      }
      if (reorderRows) for (let q = r + 1; q < best.length; q++) improved = tryMove(swap(best, r, q)) || improved;
    }
    if (!improved) break;
  }
  return best;
}

function swap<T>(row: readonly T[], i: number, j: number): T[] {
  const out = [...row];
  [out[i], out[j]] = [out[j]!, out[i]!];
  return out;
}

function moveTo<T>(row: readonly T[], i: number, j: number): T[] {
  const out = [...row];
  const [item] = out.splice(i, 1);
  out.splice(j, 0, item!);
  return out;
}
