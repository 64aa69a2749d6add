import { isVerbatim } from '../domain/reader/highlights';
import type { Edge } from '../domain/schema/edge';
import type { ArgumentMap } from '../domain/schema/map';
import type { MapNode } from '../domain/schema/node';
import type { Position } from '../domain/schema/position';
import { splitParagraphs, type Paragraph } from '../domain/text/paragraphs';
import { SourceText } from '../domain/text/sourceText';
import { memoByKey, memoLast } from './memo';
import type { CounterpointState } from './types';
import { computeVisibility, type Visibility } from './view/visibility';

/**
 * Named selectors over the store. Components subscribe through these, so that each one
 * re-renders only when what it shows changes: a node component reads its own node by id,
 * lists read ids, and derived values are computed once per change and shared.
 */

const nodesById = memoByKey((nodes: readonly MapNode[]) => new Map(nodes.map((n) => [n.id, n])));
const edgesById = memoByKey((edges: readonly Edge[]) => new Map(edges.map((e) => [e.id, e])));
const positionsById = memoByKey((positions: readonly Position[]) => new Map(positions.map((p) => [p.id, p])));
const idsOf = memoByKey((records: readonly { id: string }[]) => records.map((r) => r.id));

export const nodeById = (doc: ArgumentMap, id: string): MapNode | undefined => nodesById(doc.nodes).get(id);
export const edgeById = (doc: ArgumentMap, id: string): Edge | undefined => edgesById(doc.edges).get(id);
export const positionById = (doc: ArgumentMap, id: string | undefined): Position | undefined =>
  id === undefined ? undefined : positionsById(doc.positions).get(id);

export const selectDoc = (s: CounterpointState) => s.doc;
export const selectNode = (id: string) => (s: CounterpointState) => nodeById(s.doc, id);
export const selectEdge = (id: string) => (s: CounterpointState) => edgeById(s.doc, id);
export const selectPosition = (id: string | undefined) => (s: CounterpointState) => positionById(s.doc, id);
/** Node ids in map order; the same array until a node is added, removed or edited. */
export const selectNodeIds = (s: CounterpointState) => idsOf(s.doc.nodes);
export const selectEdgeIds = (s: CounterpointState) => idsOf(s.doc.edges);

export const selectIsSelected = (id: string) => (s: CounterpointState) => s.selection.nodes.includes(id);

/** The node the details panel and focus mode are about: the first selected node that still exists. */
export const selectPrimaryNodeId = (s: CounterpointState): string | null =>
  s.selection.nodes.find((id) => nodeById(s.doc, id) !== undefined) ?? null;

/** The selected edge when exactly one edge and no node is selected. */
export const selectSoleEdgeId = (s: CounterpointState): string | null =>
  s.selection.nodes.length === 0 && s.selection.edges.length === 1 && edgeById(s.doc, s.selection.edges[0]!) ? s.selection.edges[0]! : null;

const visibility = memoLast((doc: ArgumentMap, filters: CounterpointState['filters'], collapsed: readonly string[], center: string | null, hops: number | null) =>
  computeVisibility(doc, { filters, collapsed, focus: center !== null && hops !== null ? { center, hops } : null }),
);

/** What the canvas hides (filters, collapse) and dims (focus mode), computed once per change. */
export const selectVisibility = (s: CounterpointState): Visibility =>
  visibility(s.doc, s.filters, s.collapsed, s.focusHops === null ? null : selectPrimaryNodeId(s), s.focusHops);

const reviewIds = memoLast((problems: CounterpointState['loadProblems'], nodes: readonly MapNode[], texts: CounterpointState['sourceTexts']) =>
  new Map(problems.filter((p) => p.code === 'QUOTE_NEEDS_REVIEW' && p.recordId && !reviewSettled(nodesById(nodes).get(p.recordId), texts)).map((p) => [p.recordId!, p])),
);

/** A flagged passage stops needing review once it is deleted or a review re-anchors it (until that is undone). */
function reviewSettled(node: MapNode | undefined, texts: CounterpointState['sourceTexts']): boolean {
  if (node?.kind !== 'passage') return true;
  const text = texts[node.source];
  return text !== undefined && isVerbatim(node, sourceParagraphs(text).source);
}

/** Passages whose quote only approximately matches their source, with the loader's problem. */
export const selectReviewProblems = (s: CounterpointState) => reviewIds(s.loadProblems, s.doc.nodes, s.sourceTexts);
export const selectNeedsReview = (id: string) => (s: CounterpointState) => selectReviewProblems(s).has(id);

const paragraphsOfText = new Map<string, { source: SourceText; paragraphs: Paragraph[] }>();

/** A source text with its numbered paragraphs, computed once per text. */
export function sourceParagraphs(text: string): { source: SourceText; paragraphs: Paragraph[] } {
  let hit = paragraphsOfText.get(text);
  if (!hit) {
    const source = new SourceText(text);
    hit = { source, paragraphs: splitParagraphs(source) };
    // Few sources exist; keep the cache from growing without bound across many imports.
    if (paragraphsOfText.size > 16) paragraphsOfText.clear();
    paragraphsOfText.set(text, hit);
  }
  return hit;
}

export const selectCanUndo = (t: { pastStates: readonly unknown[] }) => t.pastStates.length > 0;
export const selectCanRedo = (t: { futureStates: readonly unknown[] }) => t.futureStates.length > 0;
