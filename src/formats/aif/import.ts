import { problem, type Problem } from '../../domain/errors';
import type { SourceReader } from '../../domain/loader';
import { relationAllowed, UNDERCUTTABLE } from '../../domain/relations';
import { STANCES, type Relation, type Stance } from '../../domain/schema/edge';
import { emptyMap } from '../../domain/schema/map';
import type { MapNode, NodeKind } from '../../domain/schema/node';
import { EdgeCollector } from '../interchange/edges';
import { IdAllocator, isValidId, slugId } from '../interchange/ids';
import { QuoteAnchorer } from '../interchange/quotes';
import { fileStem, own, ownString } from '../interchange/record';
import type { ImportResult } from '../registry/types';
import { readEnvelope, type RawNode } from './envelope';
import { mapNodeFor, readRecords } from './records';

export interface AifMapContext {
  readonly fileName?: string | undefined;
  readonly readSource?: SourceReader | undefined;
}

const DIALOGUE = new Set(['L', 'TA', 'YA']);

/**
 * Reads AIF JSON (AIFdb or OVA3) into a map value for the loader. I-nodes become nodes (as
 * Counterpoint's record on them says, else claims, or objections when they only attack);
 * an RA makes each premise support its conclusion; a CA makes the attacker attack an
 * I-node, or undercut the links of the scheme node it is aimed at. A work's support or
 * conflict is its reading (`assesses`). Dialogue nodes (L, TA, YA) are left out, as are
 * MA and PA nodes, which maps cannot hold (both reported).
 */
export function aifToMap(value: unknown, ctx: AifMapContext = {}): ImportResult<unknown> {
  const read = readEnvelope(value);
  if (!read.ok) return read;
  const { nodes: raw, edges: rawEdges, extension, drawn } = read.envelope;
  const problems: Problem[] = [];
  const information = raw.filter((n) => n.type === 'I');
  if (information.length === 0) return { ok: false, problems: [problem('AIF_EMPTY', '$', 'the file has no I-nodes (information nodes), so there is nothing to put on a map')] };
  const blank = information.find((n) => n.text.trim() === '' && own(n.extension, 'kind') === undefined);
  if (blank) return { ok: false, problems: [problem('AIF_NODE_INVALID', `${blank.path}.text`, `I-node "${blank.id}" has no text`)] };

  const records = readRecords(extension, problems);
  const quotes = new QuoteAnchorer(ctx.readSource, records.sources.filter((s) => s.text !== undefined));
  const byId = new Map(raw.map((n) => [n.id, n]));
  const into = new Map<string, string[]>();
  const outOf = new Map<string, string[]>();
  for (const e of rawEdges) {
    outOf.set(e.from, [...(outOf.get(e.from) ?? []), e.to]);
    into.set(e.to, [...(into.get(e.to) ?? []), e.from]);
  }

  const ids = new IdAllocator();
  const ourId = new Map<string, string>();
  const kindOf = new Map<string, NodeKind>();
  const nodes: MapNode[] = [];
  for (const n of information) {
    const onlyAttacks = (outOf.get(n.id) ?? []).length > 0 && (outOf.get(n.id) ?? []).every((t) => byId.get(t)?.type === 'CA');
    const node = mapNodeFor(n, { ids, records, quotes, problems, onlyAttacks });
    ourId.set(n.id, node.id);
    kindOf.set(node.id, node.kind);
    nodes.push(node);
  }
  for (const node of nodes) {
    if (node.kind === 'note' && node.about) {
      const about = node.about.map((a) => ourId.get(a) ?? (nodes.some((x) => x.id === a) ? a : undefined)).filter((a): a is string => a !== undefined);
      if (about.length > 0) node.about = about;
      else delete node.about;
    }
  }

  const edges = new EdgeCollector(ids);
  const produced = new Map<string, string[]>();
  const schemes = raw.filter((n) => n.type === 'RA' || n.type === 'CA');
  // Conflicts aimed at scheme nodes (undercuts) need the links those nodes make, so they come last.
  const aimsAtScheme = (s: RawNode) => (outOf.get(s.id) ?? []).some((t) => byId.get(t)?.type !== 'I');
  for (const s of [...schemes.filter((x) => !aimsAtScheme(x)), ...schemes.filter(aimsAtScheme)]) {
    const premises = (into.get(s.id) ?? []).filter((p) => byId.get(p)?.type === 'I').map((p) => ourId.get(p)!);
    const targets = outOf.get(s.id) ?? [];
    const said = ownString(s.extension, 'relation');
    const stance = ownString(s.extension, 'stance');
    const note = ownString(s.extension, 'note');
    const pages = ownString(s.extension, 'pages');
    const made: string[] = [];
    const skip = (why: string) => problems.push(problem('AIF_SCHEME_UNMAPPED', s.path, `${s.type} node "${s.id}" ${why}; it was left out`));
    if (premises.length === 0 || targets.length === 0) {
      skip(premises.length === 0 ? 'has no I-node leading into it' : 'leads nowhere');
      continue;
    }
    for (const target of targets) {
      const t = byId.get(target)!;
      for (const from of premises) {
        if (t.type === 'I') {
          const relation = relationFor(s.type, said, kindOf.get(from)!);
          const to = ourId.get(target)!;
          if (from === to || !relationAllowed(relation, kindOf.get(from)!, kindOf.get(to)!)) {
            skip(`would make a ${kindOf.get(from)} ${relation} a ${kindOf.get(to)}, which maps do not allow`);
            continue;
          }
          const st: Stance | undefined = relation === 'assesses' ? ((STANCES as readonly string[]).includes(stance ?? '') ? (stance as Stance) : s.type === 'RA' ? 'supports' : 'challenges') : undefined;
          made.push(edges.add(from, to, relation, { stance: st, note, pages: relation === 'assesses' ? pages : undefined }));
        } else if (s.type === 'CA' && (t.type === 'RA' || t.type === 'CA') && relationAllowed('undercuts', kindOf.get(from)!, 'edge')) {
          const denied = (produced.get(target) ?? []).filter((id) => edges.edges.some((e) => e.id === id && UNDERCUTTABLE.includes(e.relation)));
          if (denied.length === 0) skip(`is aimed at "${target}", which makes no support or attack link`);
          for (const id of denied) made.push(edges.add(from, id, 'undercuts', { note }));
        } else skip(`joins "${from}" to a ${t.type} node, which maps cannot hold`);
      }
    }
    produced.set(s.id, made);
  }
  const other = raw.filter((n) => n.type !== 'I' && n.type !== 'RA' && n.type !== 'CA');
  for (const n of other.filter((x) => !DIALOGUE.has(x.type))) problems.push(problem('AIF_SCHEME_UNMAPPED', n.path, `${n.type} node "${n.id}" (${n.type === 'MA' ? 'a rephrase' : n.type === 'PA' ? 'a preference' : 'an unknown type'}) has no counterpart in a map; it was left out`));
  const dialogue = other.filter((x) => DIALOGUE.has(x.type));
  if (dialogue.length > 0) problems.push(problem('AIF_NODE_IGNORED', '$', `${dialogue.length} dialogue node(s) (L, TA, YA: locutions and transitions) were left out`));

  const layout: Record<string, { x: number; y: number }> = {};
  for (const [aifNode, id] of ourId) {
    const point = drawn.get(aifNode) ?? records.layout.get(aifNode);
    if (point) layout[id] = point;
  }
  const stem = fileStem(ctx.fileName, ['.aif.json', '.json']);
  const id = isValidId(records.id) ? records.id : slugId(stem ?? '', 'aif-import');
  const map = {
    ...emptyMap(id, records.title ?? stem ?? 'Imported AIF'),
    ...(records.description ? { description: records.description } : {}),
    sources: quotes.sources,
    positions: records.positions,
    questions: records.questions,
    references: records.references.filter((r) => nodes.some((n) => (n.kind === 'work' || n.kind === 'objection') && n.ref === r.id)),
    nodes,
    edges: edges.edges,
    layout,
  };
  return { ok: true, value: map, problems };
}

function relationFor(type: string, said: string | undefined, fromKind: NodeKind): Relation {
  if (fromKind === 'work') return 'assesses';
  // A passage that could not be anchored came in as a claim: what it stated, it now supports.
  if (type === 'RA') return said === 'states' && fromKind === 'passage' ? 'states' : 'supports';
  return said === 'contrasts' ? 'contrasts' : 'attacks';
}
