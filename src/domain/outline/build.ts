import { problem, type Problem } from '../errors';
import { incomingOf, indexMap, outgoingOf, type MapIndex } from '../graph';
import { UNDERCUTTABLE } from '../relations';
import type { Edge } from '../schema/edge';
import type { ArgumentMap } from '../schema/map';
import { isArguable, type MapNode } from '../schema/node';
import type { Passage } from '../schema/passage';
import { nodeFields, shortLabel } from './describe';
import { historiographyOf } from './historiography';
import { passageCite, passagePlacer } from './passages';
import { conclusionPrompt, PROMPT_ID } from './prompt';
import { DEFAULT_DEPTH, type BuildOptions, type Outline, type OutlineItem, type OutlineRole, type OutlineSection, type PassagePlace, type Side } from './types';

type Draft = { -readonly [K in keyof OutlineItem]: K extends 'children' ? Draft[] : OutlineItem[K] };

interface Pending {
  readonly item: Draft;
  readonly node: MapNode;
  readonly depth: number;
  /** The link the item came in by, whose undercuts become its children; absent when handled above. */
  readonly via?: Edge;
}

export type BuildResult = { readonly ok: true; readonly outline: Outline } | { readonly ok: false; readonly problem: Problem };

export const SECTION_HEADINGS = {
  'section:arguments': 'Arguments for',
  'section:counter-arguments': 'Counter-arguments',
  'section:historiography': 'Historiography',
  'section:conclusion': 'Conclusion',
} as const;

const flip = (side: Side): Side => (side === 'for' ? 'against' : 'for');

/**
 * Walks a map outward from a thesis (any claim or objection) and lays out an essay:
 * the thesis with its passages, the reasons for it (sub-reasons nested), the objections
 * with their replies and undercuts, rival answers, the historiography by stance, and a
 * closing prompt. The walk is breadth-first, so a node reached twice is shown in full
 * where it is nearest the thesis and marked as a repeat elsewhere; that also ends cycles.
 */
export function buildOutline(map: ArgumentMap, thesisId: string, options: BuildOptions = {}): BuildResult {
  const index = indexMap(map);
  const node = index.nodes.get(thesisId);
  if (!node || !isArguable(node)) return { ok: false, problem: unknownThesis(map, thesisId, node) };
  const walk = new Walk(index, passagePlacer(map, options.sourceTexts, options.anchors), Math.max(1, options.depth ?? DEFAULT_DEPTH));
  return { ok: true, outline: walk.run(node) };
}

export function unknownThesis(map: ArgumentMap, thesisId: string, node: MapNode | undefined): Problem {
  const why = node
    ? `"${thesisId}" is a ${node.kind}; a thesis is a claim or an objection`
    : `"${thesisId}" is not a node of map "${map.id}"`;
  return problem('UNKNOWN_THESIS', '$.nodes', `no outline for thesis "${thesisId}": ${why}`, { recordId: thesisId });
}

class Walk {
  private readonly firstItem = new Map<string, string>();
  private readonly queue: Pending[] = [];

  constructor(
    private readonly index: MapIndex,
    private readonly place: (p: Passage) => PassagePlace,
    private readonly depthLimit: number,
  ) {}

  run(node: MapNode): Outline {
    const thesis: Draft = { id: `node:${node.id}`, role: 'thesis', side: 'for', ...nodeFields(this.index, node), children: this.evidence(node, 'for') };
    this.firstItem.set(node.id, thesis.id);
    const reasonLinks = this.reasonLinks(node);
    const reasons = reasonLinks.map((e) => this.link(e, 'reason', 'for', 1, false));
    const objections = this.attackLinks(node).map((e) => this.link(e, 'objection', 'against', 1, true));
    // Undercuts of the thesis's own support links argue against the thesis, so they join the counter-arguments.
    const undercuts = reasonLinks.flatMap((e) => this.undercutLinks(e)).map((u) => this.link(u, 'undercut', 'against', 1, true));
    const rivals = this.rivals(node);
    while (this.queue.length > 0) this.expand(this.queue.shift()!);

    const sections: OutlineSection[] = [
      { id: 'section:arguments', heading: SECTION_HEADINGS['section:arguments'], items: reasons },
      { id: 'section:counter-arguments', heading: SECTION_HEADINGS['section:counter-arguments'], items: [...objections, ...undercuts, ...rivals] },
      { id: 'section:historiography', heading: SECTION_HEADINGS['section:historiography'], items: historiographyOf(this.index, node.id) },
    ];
    const prompt: OutlineItem = { id: PROMPT_ID, role: 'prompt', text: conclusionPrompt(thesis, sections), children: [] };
    sections.push({ id: 'section:conclusion', heading: SECTION_HEADINGS['section:conclusion'], items: [prompt] });
    return { mapId: this.index.map.id, thesis, sections, depthLimit: this.depthLimit };
  }

  private expand({ item, node, depth, via }: Pending): void {
    const side = item.side ?? 'for';
    item.children.push(...this.evidence(node, side));
    const reasons = this.reasonLinks(node);
    const attacks = this.attackLinks(node);
    const undercuts = via ? this.undercutLinks(via) : [];
    if (depth >= this.depthLimit) {
      const hidden = reasons.length + attacks.length + undercuts.length;
      if (hidden > 0) item.cut = hidden;
      return;
    }
    const attackRole: OutlineRole = side === 'for' ? 'objection' : 'reply';
    item.children.push(
      ...reasons.map((e) => this.link(e, 'reason', side, depth + 1, true)),
      ...attacks.map((e) => this.link(e, attackRole, flip(side), depth + 1, true)),
      ...undercuts.map((e) => this.link(e, 'undercut', flip(side), depth + 1, true)),
    );
  }

  /** An item for what an edge brings in; queued for expansion unless its node was shown already. */
  private link(edge: Edge, role: OutlineRole, side: Side, depth: number, followUndercuts: boolean): Draft {
    const node = this.index.nodes.get(edge.from)!;
    const item: Draft = { id: `link:${edge.id}`, role, side, edgeId: edge.id, ...nodeFields(this.index, node), children: [] };
    if (role === 'undercut') {
      const target = this.index.edges.get(edge.to);
      item.denies = { from: shortLabel(target && this.index.nodes.get(target.from)), to: shortLabel(target && this.index.nodes.get(target.to)) };
    }
    if (node.kind === 'passage') {
      item.passage = this.place(node);
      const cite = passageCite(item.passage);
      if (cite) item.cite = cite;
      return item;
    }
    const first = this.firstItem.get(node.id);
    if (first !== undefined) {
      item.repeatOf = first;
      return item;
    }
    this.firstItem.set(node.id, item.id);
    this.queue.push(followUndercuts ? { item, node, depth, via: edge } : { item, node, depth });
    return item;
  }

  /** Passages that state or support a node, as verbatim evidence, in the order the source gives them. */
  private evidence(node: MapNode, side: Side): Draft[] {
    const sourceOrder = new Map(this.index.map.sources.map((s, i) => [s.id, i]));
    return [...incomingOf(this.index, node.id, 'states'), ...incomingOf(this.index, node.id, 'supports')]
      .flatMap((e) => {
        const passage = this.index.nodes.get(e.from);
        return passage?.kind === 'passage' ? [{ edge: e, passage }] : [];
      })
      .sort((a, b) => (sourceOrder.get(a.passage.source) ?? 0) - (sourceOrder.get(b.passage.source) ?? 0) || a.passage.start - b.passage.start)
      .map(({ edge, passage }) => {
        const place = this.place(passage);
        const cite = passageCite(place);
        return { id: `link:${edge.id}`, role: 'evidence', side, nodeId: passage.id, edgeId: edge.id, text: passage.quote, passage: place, ...(cite ? { cite } : {}), children: [] };
      });
  }

  private reasonLinks(node: MapNode): Edge[] {
    return incomingOf(this.index, node.id, 'supports').filter((e) => this.index.nodes.get(e.from)?.kind !== 'passage');
  }

  private attackLinks(node: MapNode): Edge[] {
    return incomingOf(this.index, node.id, 'attacks');
  }

  private undercutLinks(link: Edge): Edge[] {
    return UNDERCUTTABLE.includes(link.relation) ? incomingOf(this.index, link.id, 'undercuts') : [];
  }

  /** Claims that answer the same question differently, linked by contrasts in either direction. */
  private rivals(node: MapNode): Draft[] {
    const links = [...outgoingOf(this.index, node.id, 'contrasts'), ...incomingOf(this.index, node.id, 'contrasts')];
    return this.index.map.edges
      .filter((e) => links.includes(e))
      .map((e) => {
        const other = this.index.nodes.get(e.from === node.id ? e.to : e.from)!;
        return { id: `link:${e.id}`, role: 'rival', side: 'against', edgeId: e.id, ...nodeFields(this.index, other), children: [] };
      });
  }
}
