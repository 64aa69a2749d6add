import type { Edge, Relation } from './schema/edge';
import type { ArgumentMap } from './schema/map';
import { KINDS, nodeLabel, type MapNode, type NodeKind } from './schema/node';
import { referenceAuthorNames, referenceYear, type Reference } from './schema/reference';

/**
 * How things are named to the user, in one place: kinds, relations, references, nodes and
 * links, and how long text is cut to fit (on cards, in cells, in outline headlines).
 */

export const KIND_LABELS = Object.fromEntries(Object.entries(KINDS).map(([k, d]) => [k, d.title])) as Record<NodeKind, string>;

export const RELATION_LABELS: Record<Relation, string> = {
  states: 'states',
  supports: 'supports',
  attacks: 'attacks',
  undercuts: 'undercuts',
  contrasts: 'contrasts with',
  assesses: 'assesses',
};

/**
 * Text cut to at most `max` characters (code points, so no surrogate pair is split), at the
 * end of a word when one ends near the limit, without trailing punctuation, with an ellipsis.
 */
export function clipAtWord(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const cut = chars.slice(0, Math.max(1, max - 1)).join('');
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '')}…`;
}

/** Text on one line (runs of whitespace made one space), cut to `max` characters at a word. */
export function truncate(text: string, max = 90): string {
  return clipAtWord(text.replace(/\s+/g, ' ').trim(), max);
}

/** "Lih 2006" or "Lih & Smith n.d.": how a reference is named on a card. */
export function shortCitation(ref: Reference | undefined, fallback: string): string {
  if (!ref) return fallback;
  const names = referenceAuthorNames(ref);
  const who = names.length > 2 ? `${names[0]} et al.` : names.join(' & ') || ref['title-short'] || ref.title || fallback;
  return `${who} ${referenceYear(ref) ?? 'n.d.'}`;
}

/** A node's readable name: its short label, or for a work its citation and title. */
export function nodeName(doc: Pick<ArgumentMap, 'references'>, node: MapNode): string {
  if (node.kind !== 'work') return nodeLabel(node);
  const ref = doc.references.find((r) => r.id === node.ref);
  return ref?.title ? `${shortCitation(ref, node.ref)}, ${ref.title}` : shortCitation(ref, node.ref);
}

/** What a screen reader announces for a node: its kind, its position if any, and its label. */
export function describeNode(doc: ArgumentMap, node: MapNode): string {
  const position = 'position' in node && node.position ? doc.positions.find((p) => p.id === node.position)?.label : undefined;
  return `${KIND_LABELS[node.kind]}${position ? ` (${position})` : ''}: ${truncate(nodeName(doc, node))}`;
}

/** "Passage “…” states Claim “…”": what a screen reader announces for a link. */
export function describeEdge(
  doc: ArgumentMap,
  edge: Edge,
  nodeOf: (id: string) => MapNode | undefined,
  edgeOf: (id: string) => Edge | undefined = (id) => doc.edges.find((e) => e.id === id),
): string {
  const name = (id: string) => {
    const n = nodeOf(id);
    return n ? `${KIND_LABELS[n.kind]} “${truncate(nodeName(doc, n), 40)}”` : id;
  };
  if (edge.relation === 'undercuts') {
    const target = edgeOf(edge.to);
    return `${name(edge.from)} undercuts the link ${target ? `${name(target.from)} ${target.relation} ${name(target.to)}` : edge.to}`;
  }
  const stance = edge.relation === 'assesses' && edge.stance ? ` (${edge.stance})` : '';
  return `${name(edge.from)} ${RELATION_LABELS[edge.relation]}${stance} ${name(edge.to)}`;
}
