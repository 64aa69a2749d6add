import { problem, type Problem } from '../../domain/errors';
import { isRecord, own, ownString } from '../interchange/record';

export interface RawNode {
  readonly id: string;
  readonly type: string;
  readonly text: string;
  readonly extension: unknown;
  readonly path: string;
}

export interface RawEdge {
  readonly from: string;
  readonly to: string;
  readonly path: string;
}

export interface AifEnvelope {
  readonly nodes: readonly RawNode[];
  readonly edges: readonly RawEdge[];
  /** The top-level `counterpoint` record, when the file has one. */
  readonly extension: unknown;
  /** Where OVA3 drew each node, by node id. */
  readonly drawn: ReadonlyMap<string, { x: number; y: number }>;
}

/** An AIF id: a string, or a number as AIFdb sometimes writes them. */
function aifId(value: unknown): string | undefined {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/**
 * Finds the AIF lists in either envelope (AIFdb: `nodes` and `edges` at the top; OVA3: inside
 * `AIF`, with its diagram in `OVA`) and checks them: every node has an id and a type, ids are
 * unique, every edge joins two nodes of the file. Problems are located by JSON path.
 */
export function readEnvelope(value: unknown): { ok: true; envelope: AifEnvelope } | { ok: false; problems: Problem[] } {
  const hasLists = (v: unknown) => Array.isArray(own(v, 'nodes')) && Array.isArray(own(v, 'edges'));
  let aif: unknown;
  let base = '$';
  if (hasLists(value)) aif = value;
  else {
    const key = ['AIF', 'aif'].find((k) => hasLists(own(value, k)));
    if (key) {
      aif = own(value, key);
      base = `$.${key}`;
    }
  }
  if (aif === undefined) {
    return { ok: false, problems: [problem('AIF_INVALID', '$', isRecord(value) ? 'the file has no "nodes" and "edges" lists, at the top (AIFdb) or under "AIF" (OVA3)' : 'the file is JSON but not an object with AIF lists')] };
  }

  const problems: Problem[] = [];
  const nodes: RawNode[] = [];
  const seen = new Set<string>();
  (own(aif, 'nodes') as unknown[]).forEach((raw, i) => {
    const path = `${base}.nodes[${i}]`;
    const id = aifId(own(raw, 'nodeID'));
    const type = ownString(raw, 'type');
    if (id === undefined || type === undefined) {
      problems.push(problem('AIF_NODE_INVALID', path, `node ${i + 1} has no ${id === undefined ? 'nodeID' : 'type'}`));
      return;
    }
    if (seen.has(id)) {
      problems.push(problem('AIF_NODE_INVALID', `${path}.nodeID`, `node id "${id}" is used by an earlier node`));
      return;
    }
    seen.add(id);
    nodes.push({ id, type, text: ownString(raw, 'text') ?? '', extension: own(raw, 'counterpoint'), path });
  });

  const edges: RawEdge[] = [];
  (own(aif, 'edges') as unknown[]).forEach((raw, i) => {
    const path = `${base}.edges[${i}]`;
    const from = aifId(own(raw, 'fromID'));
    const to = aifId(own(raw, 'toID'));
    const missing = [from === undefined || !seen.has(from) ? `fromID ${JSON.stringify(own(raw, 'fromID') ?? null)}` : undefined, to === undefined || !seen.has(to) ? `toID ${JSON.stringify(own(raw, 'toID') ?? null)}` : undefined].filter(Boolean);
    if (missing.length > 0) {
      problems.push(problem('AIF_EDGE_DANGLING', path, `edge ${i + 1} names no node of the file by its ${missing.join(' and ')}`));
      return;
    }
    edges.push({ from: from!, to: to!, path });
  });
  if (problems.length > 0) return { ok: false, problems };

  const drawn = new Map<string, { x: number; y: number }>();
  const ova = own(value, 'OVA') ?? own(value, 'ova');
  const ovaNodes = own(ova, 'nodes');
  if (Array.isArray(ovaNodes)) {
    for (const n of ovaNodes) {
      const id = aifId(own(n, 'nodeID'));
      const x = own(n, 'x');
      const y = own(n, 'y');
      if (id !== undefined && typeof x === 'number' && typeof y === 'number' && Number.isFinite(x) && Number.isFinite(y)) drawn.set(id, { x, y });
    }
  }
  return { ok: true, envelope: { nodes, edges, extension: own(value, 'counterpoint') ?? own(aif, 'counterpoint'), drawn } };
}
