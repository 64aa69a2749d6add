import type { AnchorResolution } from './anchoring/resolve';
import { sourceCoverage } from './coverage';
import { RELATIONS, type Relation } from './schema/edge';
import type { ArgumentMap } from './schema/map';
import { NODE_KINDS, type NodeKind } from './schema/node';

export interface MapStats {
  readonly id: string;
  readonly title: string;
  readonly nodes: Record<NodeKind, number> & { total: number };
  readonly edges: Record<Relation, number> & { total: number };
  readonly positions: number;
  readonly questions: number;
  readonly references: number;
  readonly sources: number;
  readonly centralClaims: number;
  /** Distinct works the map's work nodes cite (a work reading several claims has a node beside each). */
  readonly worksCited: number;
  readonly passages: { total: number; verified: number; reanchored: number; needsReview: number };
  /** Share of each source's paragraphs that this map cites. */
  readonly coverage: Record<string, { paragraphs: number; cited: number; share: number }>;
}

export function mapStats(
  map: ArgumentMap,
  anchors: Readonly<Record<string, AnchorResolution>>,
  sourceTexts: Readonly<Record<string, string>>,
): MapStats {
  const nodes = Object.fromEntries(NODE_KINDS.map((k) => [k, 0])) as Record<NodeKind, number>;
  for (const n of map.nodes) nodes[n.kind]++;
  const edges = Object.fromEntries(RELATIONS.map((r) => [r, 0])) as Record<Relation, number>;
  for (const e of map.edges) edges[e.relation]++;
  const statuses = Object.values(anchors).map((a) => a.status);
  const coverage: MapStats['coverage'] = {};
  for (const [id, text] of Object.entries(sourceTexts)) {
    const c = sourceCoverage([map], id, text);
    coverage[id] = { paragraphs: c.paragraphs, cited: c.cited.length, share: Math.round(c.share * 1000) / 1000 };
  }
  return {
    id: map.id,
    title: map.title,
    nodes: { ...nodes, total: map.nodes.length },
    edges: { ...edges, total: map.edges.length },
    positions: map.positions.length,
    questions: map.questions.length,
    references: map.references.length,
    sources: map.sources.length,
    centralClaims: map.nodes.filter((n) => n.kind === 'claim' && n.central).length,
    worksCited: worksCited(map),
    passages: {
      total: nodes.passage,
      verified: statuses.filter((s) => s === 'exact' || s === 'reanchored').length,
      reanchored: statuses.filter((s) => s === 'reanchored').length,
      needsReview: statuses.filter((s) => s === 'fuzzy').length,
    },
    coverage,
  };
}

/** How many distinct works the map's work nodes cite. */
export function worksCited(map: Pick<ArgumentMap, 'nodes'>): number {
  return new Set(map.nodes.flatMap((n) => (n.kind === 'work' ? [n.ref] : []))).size;
}
