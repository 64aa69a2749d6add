import fc from 'fast-check';
import { describeRange } from '../anchoring/selector';
import { RELATION_RULES, UNDERCUTTABLE } from '../relations';
import type { Edge, Relation } from '../schema/edge';
import { STANCES } from '../schema/edge';
import { emptyMap, type ArgumentMap } from '../schema/map';
import type { MapNode } from '../schema/node';
import { SourceText } from '../text/sourceText';
import { SAMPLE_SOURCE } from './sampleMap';

/** Tags that name a kind in Argdown (`#quote`, `#objection`…): the Argdown importer reads them as kinds, so generated tags avoid them. */
const KIND_WORDS = new Set(['passage', 'quote', 'work', 'objection', 'claim', 'position', 'question']);

const text = fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' }).filter((s) => s.trim() !== '' && s === s.trim());
const tag = fc.string({ minLength: 1, maxLength: 12 }).filter((s) => s.trim() === s && s !== '' && !/[)\r\n]/.test(s) && !KIND_WORDS.has(s.toLowerCase()));

const sentences = (() => {
  const source = new SourceText(SAMPLE_SOURCE);
  const out: ReturnType<typeof describeRange>[] = [];
  for (const m of SAMPLE_SOURCE.matchAll(/[^\n.]+\./g)) {
    const start = m.index!;
    const quote = m[0].trim();
    const at = SAMPLE_SOURCE.indexOf(quote, start);
    out.push(describeRange(source, at, at + quote.length));
  }
  return out;
})();

/**
 * Valid maps for property tests: claims, objections, passages cut from SAMPLE_SOURCE (so
 * they anchor, with `sampleReader()`), works over one reference, notes, positions and
 * questions, and edges that RELATION_RULES allows, undercuts included. Texts draw on all of
 * Unicode's graphemes, Argdown's and Markdown's markup characters among them.
 */
export function arbitraryMap(): fc.Arbitrary<ArgumentMap> {
  return fc
    .record({
      kinds: fc.array(fc.constantFrom('claim', 'objection', 'passage', 'work', 'note'), { minLength: 1, maxLength: 10 }),
      texts: fc.array(text, { minLength: 10, maxLength: 10 }),
      titles: fc.array(fc.option(text, { nil: undefined }), { minLength: 10, maxLength: 10 }),
      tags: fc.array(fc.array(tag, { maxLength: 2 }), { minLength: 10, maxLength: 10 }),
      positionLabels: fc.array(text, { minLength: 0, maxLength: 3 }),
      question: fc.option(text, { nil: undefined }),
      picks: fc.array(fc.nat(), { minLength: 60, maxLength: 60 }),
    })
    .map(({ kinds, texts, titles, tags, positionLabels, question, picks }) => {
      let p = 0;
      const pick = (n: number) => picks[p++ % picks.length]! % n;
      const map = emptyMap('generated', 'Generated');
      map.sources = [{ id: 's', title: 'Sample source', file: 'sources/s.txt' }];
      map.references = [{ id: 'ref1', type: 'book', title: 'A Book', author: [{ family: 'Author' }], issued: { 'date-parts': [[2000]] } }];
      map.positions = positionLabels.map((label, i) => ({ id: `pos${i}`, label, color: '#0072B2' }));
      map.questions = question ? [{ id: 'q1', text: question }] : [];
      const usedSentences = new Set<number>();
      map.nodes = kinds.flatMap((kind, i): MapNode[] => {
        const id = `n${i}`;
        const base = { id, text: texts[i]!, ...(titles[i] ? { title: titles[i] } : {}), ...(tags[i]!.length ? { tags: tags[i] } : {}) };
        const position = map.positions.length > 0 && pick(2) ? { position: `pos${pick(map.positions.length)}` } : {};
        const answers = map.questions.length > 0 && pick(2) ? { answers: 'q1' } : {};
        if (kind === 'claim') return [{ ...base, kind, ...position, ...answers, ...(pick(3) === 0 ? { central: true } : {}) }];
        if (kind === 'objection') return [{ ...base, kind, ...position, ...answers, ...(pick(2) ? { ref: 'ref1', pages: '12' } : {}) }];
        if (kind === 'passage') {
          const s = pick(sentences.length);
          if (usedSentences.has(s)) return [];
          usedSentences.add(s);
          return [{ id, kind, source: 's', ...sentences[s]! }];
        }
        if (kind === 'work') return [{ id, kind, ref: 'ref1', ...(pick(2) ? { pages: '3-4' } : {}) }];
        return [{ id, kind: 'note', text: texts[i]! }];
      });
      map.edges = edgesFor(map.nodes, pick);
      return map;
    });
}

function edgesFor(nodes: readonly MapNode[], pick: (n: number) => number): Edge[] {
  const edges: Edge[] = [];
  const seen = new Set<string>();
  const relations = Object.keys(RELATION_RULES).filter((r) => r !== 'undercuts') as Relation[];
  for (let i = 0; i < nodes.length * 2 && nodes.length > 1; i++) {
    const from = nodes[pick(nodes.length)]!;
    const to = nodes[pick(nodes.length)]!;
    const relation = relations[pick(relations.length)]!;
    const rule = RELATION_RULES[relation];
    if (from.id === to.id || !rule.from.includes(from.kind) || !rule.to.includes(to.kind)) continue;
    const key = relation === 'contrasts' ? `${relation} ${[from.id, to.id].sort().join(' ')}` : `${from.id} ${to.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (relation === 'contrasts') seen.add(`${to.id} ${from.id}`);
    edges.push({ id: `e${edges.length + 1}`, from: from.id, to: to.id, relation, ...(relation === 'assesses' ? { stance: STANCES[pick(3)]! } : {}) });
  }
  const undercuttable = edges.filter((e) => UNDERCUTTABLE.includes(e.relation));
  const undercutters = nodes.filter((n) => RELATION_RULES.undercuts.from.includes(n.kind));
  if (undercuttable.length > 0 && undercutters.length > 0 && pick(2)) {
    const target = undercuttable[pick(undercuttable.length)]!;
    const from = undercutters[pick(undercutters.length)]!;
    edges.push({ id: `e${edges.length + 1}`, from: from.id, to: target.id, relation: 'undercuts' });
  }
  return edges;
}
