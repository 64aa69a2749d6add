import type { Edge, Relation, Stance } from '../../domain/schema/edge';
import type { IdAllocator } from './ids';

export interface EdgeExtras {
  readonly stance?: Stance | undefined;
  readonly note?: string | undefined;
  readonly pages?: string | undefined;
}

/**
 * Collects an import's edges: one per relation between two ends (a file that states a link
 * twice gets one edge), ids unique among the map's nodes and edges. A work that both
 * supports and challenges a claim assesses it as `complicates`.
 */
export class EdgeCollector {
  private readonly list: Edge[] = [];
  private readonly byKey = new Map<string, Edge>();
  private counter = 0;

  constructor(private readonly ids: IdAllocator) {}

  get edges(): Edge[] {
    return this.list.map((e) => ({ ...e }));
  }

  /** Adds (or finds) the edge and returns its id. */
  add(from: string, to: string, relation: Relation, extras: EdgeExtras = {}): string {
    const key = relation === 'contrasts' ? `contrasts ${[from, to].sort().join(' ')}` : `${relation} ${from} ${to}`;
    const existing = this.byKey.get(key);
    if (existing) {
      if (relation === 'assesses' && extras.stance && existing.stance && existing.stance !== extras.stance) existing.stance = 'complicates';
      if (extras.note !== undefined && existing.note === undefined) existing.note = extras.note;
      if (extras.pages !== undefined && existing.pages === undefined) existing.pages = extras.pages;
      return existing.id;
    }
    let id: string;
    do id = `e${++this.counter}`;
    while (this.ids.has(id));
    this.ids.take(id, id, 'e');
    const edge: Edge = { id, from, to, relation };
    if (extras.stance !== undefined) edge.stance = extras.stance;
    if (extras.note !== undefined) edge.note = extras.note;
    if (extras.pages !== undefined) edge.pages = extras.pages;
    this.list.push(edge);
    this.byKey.set(key, edge);
    return id;
  }

  /** Sets what the file says about an edge beyond its two ends (a stance stated outright wins over one inferred). */
  refine(id: string, extras: EdgeExtras): void {
    const edge = this.list.find((e) => e.id === id);
    if (!edge) return;
    if (extras.stance !== undefined && edge.relation === 'assesses') edge.stance = extras.stance;
    if (extras.note !== undefined) edge.note = extras.note;
    if (extras.pages !== undefined && edge.relation === 'assesses') edge.pages = extras.pages;
  }

  outgoing(from: string, relations: readonly Relation[]): Edge[] {
    return this.list.filter((e) => e.from === from && relations.includes(e.relation));
  }
}
