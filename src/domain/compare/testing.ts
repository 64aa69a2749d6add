import { formatProblemLine } from '../errors';
import { loadMapValue } from '../loader';
import type { Edge, Relation, Stance } from '../schema/edge';
import type { ArgumentMap } from '../schema/map';
import type { MapNode } from '../schema/node';
import type { Position } from '../schema/position';

/** Test helpers: small debates built in a line each, checked by the real loader so no test rests on a map that could not exist. */

type PositionSpec = string | (Partial<Position> & { id: string });
type EdgeSpec = [from: string, relation: Relation, to: string, stance?: Stance];

export interface DebateSpec {
  readonly positions: readonly PositionSpec[];
  readonly questions: readonly string[];
  readonly nodes: readonly MapNode[];
  readonly edges?: readonly EdgeSpec[];
}

export function claim(id: string, position: string, answers: string | string[] | undefined, extra: Partial<MapNode & { kind: 'claim' }> = {}): MapNode {
  return { id, kind: 'claim', text: `Claim ${id}.`, position, ...(answers === undefined ? {} : { answers }), ...extra };
}

export function objection(id: string, position: string | undefined, answers?: string | string[]): MapNode {
  return { id, kind: 'objection', text: `Objection ${id}.`, ...(position ? { position } : {}), ...(answers === undefined ? {} : { answers }) };
}

/** A passage; `debate` writes the source text so that every quote is found where it says. */
export function passage(id: string, quote: string): MapNode {
  return { id, kind: 'passage', source: 's', quote, start: 0, end: 0 };
}

export function work(id: string): MapNode {
  return { id, kind: 'work', ref: 'ref1' };
}

export function debate(spec: DebateSpec): ArgumentMap {
  let source = '';
  const nodes = spec.nodes.map((n) => {
    if (n.kind !== 'passage') return n;
    const start = [...source].length;
    source += `${n.quote}\n\n`;
    return { ...n, start, end: start + [...n.quote].length };
  });
  const map: ArgumentMap = {
    format: 'counterpoint-map',
    version: 1,
    id: 'debate',
    title: 'A debate',
    sources: [{ id: 's', title: 'Source', text: source || 'empty' }],
    positions: spec.positions.map((p, i) => (typeof p === 'string' ? { id: p, label: labelOf(p), color: colour(i) } : { label: labelOf(p.id), color: colour(i), ...p })),
    questions: spec.questions.map((q) => ({ id: q, text: `Question ${q}?` })),
    references: [{ id: 'ref1', type: 'book', title: 'A book', author: [{ family: 'Historian' }], issued: { 'date-parts': [[2000]] } }],
    nodes,
    edges: (spec.edges ?? []).map(([from, relation, to, stance], i): Edge => ({ id: `e${i + 1}`, from, to, relation, ...(stance ? { stance } : {}) })),
    layout: {},
  };
  const loaded = loadMapValue(map, { readSource: () => ({ status: 'missing' }) });
  if (!loaded.ok) throw new Error(`test debate does not load:\n${loaded.problems.map((p) => formatProblemLine('debate', p)).join('\n')}`);
  return loaded.map;
}

function labelOf(id: string): string {
  return id.charAt(0).toUpperCase() + id.slice(1);
}

function colour(i: number): string {
  return `#${(0x102030 + i * 0x111111).toString(16).padStart(6, '0')}`;
}
