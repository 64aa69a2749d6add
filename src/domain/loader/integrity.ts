import { problem, type Problem } from '../errors';
import { jsonPath } from '../jsonPath';
import { relationAllowed, UNDERCUTTABLE } from '../relations';
import type { Edge } from '../schema/edge';
import type { ArgumentMap } from '../schema/map';
import { kindDefinition, type MapNode } from '../schema/node';
import { missingReferenceFacts } from '../schema/reference';
import { checkSavedOutlines } from '../outline/check';

/**
 * Checks what the schema cannot: that ids are unique and every id a record names exists
 * and has a kind the relation allows. Returns the problems and a copy of the map with
 * the safe repairs applied (duplicate edges, stray stances and orphan layout entries dropped).
 */
export function checkIntegrity(map: ArgumentMap): { map: ArgumentMap; problems: Problem[] } {
  const problems: Problem[] = [];
  const nodes = new Map<string, MapNode>();
  const edges = new Map<string, Edge>();

  checkUnique(map.sources, 'sources', 'source', problems);
  checkUnique(map.positions, 'positions', 'position', problems);
  checkUnique(map.questions, 'questions', 'question', problems);
  checkUnique(map.references, 'references', 'reference', problems);

  // Nodes and edges share one namespace, because an undercut targets an edge by id.
  const seen = new Map<string, string>();
  const claim = <T extends { id: string }>(items: readonly T[], key: 'nodes' | 'edges', into: Map<string, T>) =>
    items.forEach((item, i) => {
      const here = jsonPath([key, i, 'id']);
      const first = seen.get(item.id);
      if (first) problems.push(problem('DUPLICATE_ID', here, `id "${item.id}" is already used at ${first}`, { recordId: item.id }));
      else {
        seen.set(item.id, here);
        into.set(item.id, item);
      }
    });
  claim(map.nodes, 'nodes', nodes);
  claim(map.edges, 'edges', edges);

  const positionIds = new Set(map.positions.map((p) => p.id));
  const questionIds = new Set(map.questions.map((q) => q.id));
  const referenceIds = new Set(map.references.map((r) => r.id));
  const sourceIds = new Set(map.sources.map((s) => s.id));

  map.nodes.forEach((n, i) => {
    const at = (field: string) => jsonPath(['nodes', i, field]);
    // What each kind names, it must find (schema/kind.ts: a kind declares the records it names).
    const named = kindDefinition(n.kind).names(n);
    for (const p of named.positions ?? []) {
      if (!positionIds.has(p)) problems.push(problem('UNKNOWN_POSITION', at('position'), `${n.kind} "${n.id}" names position "${p}", which the map does not define`, { recordId: n.id }));
    }
    for (const q of named.questions ?? []) {
      if (!questionIds.has(q)) problems.push(problem('UNKNOWN_QUESTION', at('answers'), `${n.kind} "${n.id}" answers question "${q}", which the map does not define`, { recordId: n.id }));
    }
    for (const r of named.references ?? []) {
      if (!referenceIds.has(r)) problems.push(problem('UNKNOWN_REFERENCE', at('ref'), `${n.kind} "${n.id}" names reference "${r}", which is not among the map's references`, { recordId: n.id }));
    }
    for (const s of named.sources ?? []) {
      if (!sourceIds.has(s)) problems.push(problem('UNKNOWN_SOURCE', at('source'), `${n.kind} "${n.id}" quotes source "${s}", which the map does not define`, { recordId: n.id }));
    }
    (named.nodes ?? []).forEach((target, j) => {
      if (!nodes.has(target)) problems.push(problem('DANGLING_EDGE', jsonPath(['nodes', i, 'about', j]), `${n.kind} "${n.id}" is about "${target}", which is not a node of this map`, { recordId: n.id }));
    });
  });

  map.sources.forEach((s, i) => {
    if (s.ref !== undefined && !referenceIds.has(s.ref)) {
      problems.push(problem('UNKNOWN_REFERENCE', jsonPath(['sources', i, 'ref']), `source "${s.id}" names reference "${s.ref}", which is not among the map's references`, { recordId: s.id }));
    }
  });

  map.references.forEach((r, i) => {
    const missing = missingReferenceFacts(r);
    if (missing.length > 0) {
      problems.push(problem('INCOMPLETE_REFERENCE', jsonPath(['references', i]), `reference "${r.id}" has no ${missing.join(', no ')}`, { recordId: r.id }));
    }
  });

  const keptEdges: Edge[] = [];
  const signatures = new Map<string, string>();
  map.edges.forEach((e, i) => {
    const at = (field: string) => jsonPath(['edges', i, field]);
    const from = nodes.get(e.from);
    let ok = true;
    if (!from) {
      problems.push(problem('DANGLING_EDGE', at('from'), `edge "${e.id}" starts at "${e.from}", which is not a node of this map`, { recordId: e.id }));
      ok = false;
    }
    let targetKind: MapNode['kind'] | 'edge' | undefined;
    if (e.relation === 'undercuts') {
      const target = edges.get(e.to);
      if (!target || !UNDERCUTTABLE.includes(target.relation)) {
        const why = target ? `a ${target.relation} edge; only supports and attacks links can be undercut` : 'not an edge of this map';
        problems.push(problem('DANGLING_UNDERCUT', at('to'), `undercut "${e.id}" targets "${e.to}", which is ${why}`, { recordId: e.id }));
        ok = false;
      } else targetKind = 'edge';
    } else {
      const to = nodes.get(e.to);
      if (!to) {
        const hint = edges.has(e.to) ? ' (it is an edge; only undercuts target edges)' : '';
        problems.push(problem('DANGLING_EDGE', at('to'), `edge "${e.id}" ends at "${e.to}", which is not a node of this map${hint}`, { recordId: e.id }));
        ok = false;
      } else targetKind = to.kind;
    }
    if (e.from === e.to) {
      problems.push(problem('SELF_LOOP', at('to'), `edge "${e.id}" connects "${e.from}" to itself`, { recordId: e.id }));
      ok = false;
    }
    if (ok && from && targetKind && !relationAllowed(e.relation, from.kind, targetKind)) {
      problems.push(problem('RELATION_KINDS_INVALID', at('relation'), `edge "${e.id}": a ${from.kind} cannot ${e.relation.replace(/s$/, '')} a ${targetKind}`, { recordId: e.id }));
    }
    let edge = e;
    if (e.relation === 'assesses' && e.stance === undefined) {
      problems.push(problem('STANCE_MISSING', at('stance'), `assesses edge "${e.id}" needs a stance: supports, challenges or complicates`, { recordId: e.id }));
    } else if (e.relation !== 'assesses' && e.stance !== undefined) {
      problems.push(problem('STANCE_NOT_ALLOWED', at('stance'), `edge "${e.id}" is a ${e.relation} edge; its stance was dropped`, { recordId: e.id }));
      const { stance: _dropped, ...rest } = e;
      edge = rest;
    }
    const signature = `${e.relation}\u0000${e.from}\u0000${e.to}`;
    const twin = signatures.get(signature);
    if (twin) {
      problems.push(problem('DUPLICATE_EDGE', jsonPath(['edges', i]), `edge "${e.id}" repeats edge "${twin}" (${e.relation} from "${e.from}" to "${e.to}") and was dropped`, { recordId: e.id }));
      return;
    }
    signatures.set(signature, e.id);
    keptEdges.push(edge);
  });

  const keepPlaced = (saved: ArgumentMap['layout'], key: 'layout' | 'laneLayout') => {
    const kept: ArgumentMap['layout'] = {};
    for (const [id, point] of Object.entries(saved)) {
      if (nodes.has(id)) kept[id] = point;
      else problems.push(problem('LAYOUT_ORPHAN', jsonPath([key, id]), `saved position for "${id}", which is not a node, was dropped`));
    }
    return kept;
  };
  const layout = keepPlaced(map.layout, 'layout');

  const outlines = checkSavedOutlines(map, nodes);
  problems.push(...outlines.problems);
  const repaired: ArgumentMap = { ...map, edges: keptEdges, layout };
  if (map.laneLayout) repaired.laneLayout = keepPlaced(map.laneLayout, 'laneLayout');
  if (outlines.outlines) repaired.outlines = outlines.outlines;
  return { map: repaired, problems };
}

function checkUnique(items: readonly { id: string }[], key: string, what: string, problems: Problem[]): void {
  const seen = new Map<string, number>();
  items.forEach((item, i) => {
    const first = seen.get(item.id);
    if (first !== undefined) {
      problems.push(problem('DUPLICATE_ID', jsonPath([key, i, 'id']), `${what} id "${item.id}" is already used at ${jsonPath([key, first, 'id'])}`, { recordId: item.id }));
    } else seen.set(item.id, i);
  });
}
