import { hasErrors, problem, type Problem } from '../../domain/errors';
import type { SourceReader } from '../../domain/loader';
import { relationAllowed } from '../../domain/relations';
import { STANCES, type Relation, type Stance } from '../../domain/schema/edge';
import { emptyMap } from '../../domain/schema/map';
import type { MapNode } from '../../domain/schema/node';
import type { ImportResult } from '../registry/types';
import { EdgeCollector, type EdgeExtras } from '../interchange/edges';
import { IdAllocator, slugId } from '../interchange/ids';
import { QuoteAnchorer } from '../interchange/quotes';
import { fileStem, isRecord, own, ownString } from '../interchange/record';
import { at, elementKey, type ArgdownDocument, type ArgdownElement, type TextLocation } from './document';
import { buildNode, label, readReferences, requestedKind, type ImportedKind } from './elements';
import { readHeadings } from './headings';

export interface ArgdownMapContext {
  readonly fileName?: string | undefined;
  readonly readSource?: SourceReader | undefined;
}

interface Placed {
  readonly id: string;
  readonly kind: ImportedKind;
  readonly el: ArgdownElement;
}

export const ARGDOWN_ENDINGS = ['.argdown', '.ad'];

/**
 * Turns a parsed Argdown document into a map value for the loader, checking what the
 * parser lets through: an empty document, relations a map cannot hold between the kinds
 * they join, undercuts with nothing to deny. Every such problem is located (`line L:C`)
 * and, being an error, refuses the whole document: nothing is half-imported.
 *
 * Relations: support (and strict mode's entails) → `supports` (from a passage the data
 * marks as stating its target → `states`; from a work → `assesses` with stance supports),
 * attack → `attacks` (from a work → `assesses`, challenges; both → complicates), contrary
 * and contradictory → `contrasts`, undercut → `undercuts` of the step it denies.
 * Arguments: every argument is a node (its description, else its title); with a
 * premise-conclusion structure, the premises (and each intermediary conclusion) support the
 * conclusion they lead to, and the argument supports its main conclusion. An undercut of
 * an argument denies that last link; of an argument without a structure, its supports and
 * attacks. An argument whose data has `link` stands for a link of the map, not a node (see
 * serialize.ts, which writes undercut links so).
 */
export function argdownToMap(doc: ArgdownDocument, ctx: ArgdownMapContext = {}): ImportResult<unknown> {
  const problems: Problem[] = [];
  if (doc.statements.length + doc.arguments.length === 0) {
    return { ok: false, problems: [problem('ARGDOWN_EMPTY', 'line 1:1', 'the document defines no statements or arguments')] };
  }
  if (doc.hadFrontMatter) problems.push(problem('ARGDOWN_FRONTMATTER_IGNORED', 'line 1:1', 'the front matter was not read: it could reconfigure the parser, so Counterpoint ignores it'));

  const headings = readHeadings(doc.sections);
  problems.push(...headings.problems);
  const elements = [...doc.statements, ...doc.arguments];
  const references = readReferences(elements, problems);
  const quotes = new QuoteAnchorer(ctx.readSource);
  const ids = new IdAllocator();
  const outgoing = groupBy(doc.relations, (r) => elementKey(r.from));

  const placed = new Map<string, Placed>();
  const links = new Map<string, ArgdownElement>();
  const nodes: MapNode[] = [];
  for (const el of elements) {
    const key = elementKey(el);
    if (el.type === 'argument' && own(el.data, 'link') !== undefined) {
      links.set(key, el);
      continue;
    }
    const id = ids.take(own(el.data, 'id'), el.title, el.type === 'statement' ? 'statement' : 'argument');
    const node = buildNode({ el, id, kind: requestedKind(el, outgoing.get(key) ?? [], problems), headings, references, quotes, problems });
    nodes.push(node);
    placed.set(key, { id, kind: node.kind as ImportedKind, el });
  }

  const edges = new EdgeCollector(ids);
  const linkEdges = new Map<string, string[]>();
  const inferenceEdges = new Map<string, string>();
  // Steps of a premise-conclusion structure are supports as written; the data's `links` refine only written relations.
  const relate = (type: string, from: Placed, to: Placed, where: TextLocation | undefined, linkKey?: string, step = false): string | undefined => {
    const mapped = mapRelation(type, from, to, step);
    if (typeof mapped === 'string') {
      problems.push(problem('ARGDOWN_RELATION_UNMAPPED', at(where), mapped));
      return undefined;
    }
    const id = edges.add(from.id, to.id, mapped.relation, mapped.extras);
    if (!step) edges.refine(id, linkDetails(from.el, to.el, mapped.relation));
    if (linkKey) linkEdges.set(linkKey, [...(linkEdges.get(linkKey) ?? []), id]);
    return id;
  };

  for (const r of doc.relations) {
    if (r.type === 'undercut') continue;
    const fromKey = elementKey(r.from);
    const linkOwner = links.has(fromKey) ? linkSource(links.get(fromKey)!, placed) : undefined;
    const from = linkOwner ?? placed.get(fromKey);
    const to = placed.get(elementKey(r.to));
    if (!from || !to) {
      problems.push(problem('ARGDOWN_RELATION_UNMAPPED', at(r.at), `the ${r.type} relation from ${elementKey(r.from)} to ${elementKey(r.to)} joins something that stands for a link, not a node`));
      continue;
    }
    relate(r.type, from, to, r.at, linkOwner ? fromKey : undefined);
  }

  for (const el of doc.arguments) {
    const key = elementKey(el);
    const conclusions = premiseConclusionLinks(el);
    for (const step of conclusions) {
      const premise = placed.get(`[${step.premise}]`);
      const conclusion = placed.get(`[${step.conclusion}]`);
      if (premise && conclusion) relate('support', premise, conclusion, step.at, links.has(key) ? key : undefined, true);
    }
    const self = placed.get(key);
    const main = el.pcs.at(-1);
    const mainNode = main ? placed.get(`[${main.title}]`) : undefined;
    if (self && mainNode && main?.role === 'main-conclusion') {
      const id = relate('support', self, mainNode, el.at, undefined, true);
      if (id) inferenceEdges.set(key, id);
    }
  }

  for (const r of doc.relations) {
    if (r.type !== 'undercut') continue;
    const from = placed.get(elementKey(r.from));
    const toKey = elementKey(r.to);
    const targets = links.has(toKey) ? linkEdges.get(toKey) ?? [] : undercutTargets(placed.get(toKey), inferenceEdges.get(toKey), edges);
    if (!from || targets.length === 0 || !relationAllowed('undercuts', from.kind, 'edge')) {
      const why = !from ? `${elementKey(r.from)} stands for a link, not a node` : r.to.type === 'statement' ? `${toKey} is a statement; an undercut denies an argument's step` : !relationAllowed('undercuts', from.kind, 'edge') ? `a ${from.kind} cannot undercut` : `${toKey} supports or attacks nothing, so there is no link to deny`;
      problems.push(problem('ARGDOWN_RELATION_UNMAPPED', at(r.at), `the undercut from ${elementKey(r.from)} to ${toKey} cannot be kept: ${why}`));
      continue;
    }
    for (const target of targets) edges.add(from.id, target, 'undercuts');
  }

  if (hasErrors(problems)) return { ok: false, problems };
  const stem = fileStem(ctx.fileName, ARGDOWN_ENDINGS);
  const map = {
    ...emptyMap(slugId(stem ?? '', 'argdown-import'), stem ?? 'Imported Argdown'),
    sources: quotes.sources,
    positions: headings.positions,
    questions: headings.questions,
    references: [...references.values()].filter((r) => nodes.some((n) => (n.kind === 'work' || n.kind === 'objection') && n.ref === r.id)),
    nodes,
    edges: edges.edges,
  };
  return { ok: true, value: map, problems };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}

/** The node a link-argument's relations start from: its data's `from` (`[Title]` or `<Title>`). */
function linkSource(el: ArgdownElement, placed: ReadonlyMap<string, Placed>): Placed | undefined {
  const from = ownString(el.data, 'from');
  return from === undefined ? undefined : placed.get(from) ?? placed.get(`[${from}]`);
}

function mapRelation(type: string, from: Placed, to: Placed, step: boolean): { relation: Relation; extras: EdgeExtras } | string {
  const name = `the ${type} relation from ${label(from.el)} to ${label(to.el)}`;
  if (from.id === to.id) return `${name} joins it to itself`;
  let relation: Relation;
  let stance: Stance | undefined;
  if (type === 'support' || type === 'entails') [relation, stance] = from.kind === 'work' ? ['assesses', 'supports'] : ['supports', undefined];
  else if (type === 'attack') [relation, stance] = from.kind === 'work' ? ['assesses', 'challenges'] : ['attacks', undefined];
  else if (type === 'contrary' || type === 'contradictory') relation = 'contrasts';
  else return `${name} is of a kind maps do not have`;
  if (!step && relation === 'supports' && from.kind === 'passage' && linkRelation(from.el, to.el) === 'states') relation = 'states';
  if (!relationAllowed(relation, from.kind, to.kind)) return `${name} would make a ${from.kind} ${relation === 'assesses' ? 'assess' : relation.replace(/s$/, '')} a ${to.kind}, which maps do not allow`;
  return { relation, extras: stance ? { stance } : {} };
}

/** What the source element's data (`links`, keyed by `[Title]` or `<Title>`) says about one of its relations. */
function linkEntry(from: ArgdownElement, to: ArgdownElement): unknown {
  const links = own(from.data, 'links');
  return isRecord(links) ? own(links, elementKey(to)) : undefined;
}

function linkRelation(from: ArgdownElement, to: ArgdownElement): string | undefined {
  return ownString(linkEntry(from, to), 'relation');
}

function linkDetails(from: ArgdownElement, to: ArgdownElement, relation: Relation): EdgeExtras {
  const entry = linkEntry(from, to);
  const stance = ownString(entry, 'stance');
  return {
    stance: relation === 'assesses' && (STANCES as readonly string[]).includes(stance ?? '') ? (stance as Stance) : undefined,
    note: ownString(entry, 'note'),
    pages: ownString(entry, 'pages'),
  };
}

/** Each step of a premise-conclusion structure: what precedes a conclusion (since the last one, and that one) supports it. */
function premiseConclusionLinks(el: ArgdownElement): { premise: string; conclusion: string; at: TextLocation | undefined }[] {
  const out: { premise: string; conclusion: string; at: TextLocation | undefined }[] = [];
  let pending: string[] = [];
  for (const s of el.pcs) {
    if (s.role === 'premise') pending.push(s.title);
    else {
      for (const premise of pending) if (premise !== s.title) out.push({ premise, conclusion: s.title, at: s.at });
      pending = [s.title];
    }
  }
  return out;
}

function undercutTargets(target: Placed | undefined, inference: string | undefined, edges: EdgeCollector): string[] {
  if (!target || target.el.type !== 'argument') return [];
  if (inference) return [inference];
  return edges.outgoing(target.id, ['supports', 'attacks']).map((e) => e.id);
}
