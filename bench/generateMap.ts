import { describeRange } from '../src/domain/anchoring/selector';
import type { Edge } from '../src/domain/schema/edge';
import { emptyMap, type ArgumentMap } from '../src/domain/schema/map';
import type { MapNode } from '../src/domain/schema/node';
import { SourceText } from '../src/domain/text/sourceText';

/**
 * A synthetic map of any size for the benchmarks: many small debates (a central claim,
 * reasons and an objection, each with a passage, a reading or a sub-reason), laid out in a
 * grid of trees. Its source is a synthetic text made for the purpose, its references are
 * labelled synthetic: nothing here stands for real scholarship.
 */
const TREE = { width: 2900, height: 820, columns: 18 };
const SLOT = { x: 320, y: 260 };

export function generateBenchMap(count: number, id = `bench-${count}`): ArgumentMap {
  const sentences = Array.from({ length: Math.ceil(count / 3) + 1 }, (_, i) => `Synthetic benchmark sentence number ${i + 1}, written only to be quoted by the generated map.`);
  const text = sentences.join('\n\n');
  const source = new SourceText(text);
  const map: ArgumentMap = {
    ...emptyMap(id, `Benchmark map of ${count} nodes (synthetic)`),
    sources: [{ id: 'synthetic', title: 'Synthetic benchmark source', text }],
    positions: [
      { id: 'pos-a', label: 'Position A (synthetic)', color: '#0072B2' },
      { id: 'pos-b', label: 'Position B (synthetic)', color: '#E69F00' },
    ],
    questions: [{ id: 'q', text: 'A synthetic question?' }],
    references: Array.from({ length: 20 }, (_, i) => ({ id: `ref-${i}`, type: 'book' as const, title: `Synthetic work ${i}`, author: [{ family: 'Synthetic', given: `Author ${i}` }], issued: { 'date-parts': [[2000 + i]] } })),
  };
  const nodes: MapNode[] = [];
  const edges: Edge[] = [];
  const layout: ArgumentMap['layout'] = {};
  let sentence = 0;
  let tree = 0;
  let previousRoot: string | null = null;
  const add = (node: MapNode, x: number, y: number) => {
    nodes.push(node);
    layout[node.id] = { x, y };
  };
  const link = (from: string, to: string, relation: Edge['relation'], extra: Partial<Edge> = {}) => edges.push({ id: `e-${edges.length}`, from, to, relation, ...extra });

  while (nodes.length < count) {
    const ox = (tree % TREE.columns) * TREE.width;
    const oy = Math.floor(tree / TREE.columns) * TREE.height;
    const root = `n-${nodes.length}`;
    add({ id: root, kind: 'claim', text: `Central claim ${tree} of the synthetic map.`, position: tree % 2 ? 'pos-a' : 'pos-b', answers: 'q', central: true }, ox + 3 * SLOT.x, oy);
    // Neighbouring debates in a row are rival answers: a contrast between their central claims.
    if (previousRoot && tree % TREE.columns !== 0) link(root, previousRoot, 'contrasts');
    previousRoot = root;
    for (let r = 0; r < 3 && nodes.length < count; r++) {
      const reason = `n-${nodes.length}`;
      const objection = r === 2;
      add({ id: reason, kind: objection ? 'objection' : 'claim', text: `${objection ? 'Objection' : 'Reason'} ${r} to central claim ${tree}, long enough to wrap onto a second line of the card.`, position: 'pos-a' }, ox + r * 3 * SLOT.x, oy + SLOT.y);
      const reasonLink = edges.length;
      link(reason, root, objection ? 'attacks' : 'supports');
      for (let c = 0; c < 3 && nodes.length < count; c++) {
        const child = `n-${nodes.length}`;
        const x = ox + (r * 3 + c) * SLOT.x;
        const y = oy + 2 * SLOT.y;
        if (c === 0) {
          const at = source.text.indexOf(sentences[sentence % sentences.length]!);
          const quote = sentences[sentence++ % sentences.length]!;
          add({ id: child, kind: 'passage', source: 'synthetic', ...describeRange(source, at, at + quote.length) }, x, y);
          link(child, reason, 'states');
        } else if (c === 1) {
          add({ id: child, kind: 'work', ref: `ref-${tree % 20}`, pages: `${c + 10}-${c + 12}` }, x, y);
          link(child, reason, 'assesses', { stance: (['supports', 'challenges', 'complicates'] as const)[tree % 3] });
        } else {
          add({ id: child, kind: 'objection', text: `Undercutting objection ${tree}.${r}: the link does not hold.` }, x, y);
          link(child, `e-${reasonLink}`, 'undercuts');
        }
      }
    }
    tree++;
  }
  return { ...map, nodes, edges, layout };
}
