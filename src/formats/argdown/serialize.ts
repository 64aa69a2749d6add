import { UNDERCUTTABLE } from '../../domain/relations';
import { answeredQuestions } from '../../domain/schema/claim';
import type { Edge } from '../../domain/schema/edge';
import type { ArgumentMap } from '../../domain/schema/map';
import type { MapNode, NodeOfKind } from '../../domain/schema/node';
import { nodeWords } from '../interchange/citation';
import { argdownData, argdownTag, escapeArgdown, idTitle, isSafeTitle } from './escape';

type Statement = Exclude<MapNode, { kind: 'note' }>;

/**
 * Writes a map as Argdown that @argdown/core reads back, and that our importer turns into
 * the same nodes and relations:
 *
 * - nodes are statements `[Title]: text`, titled by their title when Argdown can hold it,
 *   else by their id; the data at the end of the line keeps what Argdown has no syntax for
 *   (`id`, `kind`, a passage's anchor, a work's reference and pinpoint, `central`);
 * - positions are level-1 headings (Argdown draws them as groups) and questions level-2
 *   headings under them, each with its id and colour in data; a claim answering several
 *   questions lists them in `answers`;
 * - passages are quotes tagged `#quote` with their source file, works are statements
 *   tagged with their reference (whose CSL-JSON item travels in the first one's data);
 * - relations are Argdown's: `+>` supports and states, `->` attacks, `><` contrasts (the
 *   only symmetric relation of Argdown's default mode), a work's reading `+>` (supports),
 *   `->` (challenges) or both (complicates); `links` in the data marks `states` and keeps
 *   link notes and a reading's pages;
 * - a link that is undercut is written as an argument standing for it (a premise-conclusion
 *   structure for a support, an argument with the attack for an attack), which `_>` denies;
 * - notes are comments, so Argdown tools ignore them (they do not come back on import).
 */
export function serializeArgdown(map: ArgumentMap): string {
  const titles = statementTitles(map.nodes);
  const ref = (id: string) => `[${titles.get(id) ?? id}]`;
  const undercut = new Set(map.edges.filter((e) => e.relation === 'undercuts').map((e) => e.to));
  const edgeById = new Map(map.edges.map((e) => [e.id, e]));
  const linkTitle = (edgeId: string) => `<${edgeId}>`;
  const referenced = new Set<string>();
  const sourced = new Set<string>();

  const statement = (node: Statement): string[] => {
    const outgoing = map.edges.filter((e) => e.from === node.id);
    const lines: string[] = [];
    const links: Record<string, Record<string, string>> = {};
    const note = (key: string, entry: Record<string, string | undefined>) => {
      const clean = Object.fromEntries(Object.entries(entry).filter(([, v]) => v !== undefined)) as Record<string, string>;
      if (Object.keys(clean).length > 0) links[key] = { ...links[key], ...clean };
    };
    for (const e of outgoing) {
      if (e.relation === 'undercuts') {
        if (edgeById.has(e.to)) lines.push(`  _> ${linkTitle(e.to)}`);
        continue;
      }
      const target = ref(e.to);
      if (e.relation === 'assesses') {
        if (e.stance !== 'challenges') lines.push(`  +> ${target}`);
        if (e.stance !== 'supports') lines.push(`  -> ${target}`);
        note(target, { stance: e.stance, note: e.note, pages: e.pages });
        continue;
      }
      note(target, { relation: e.relation === 'states' ? 'states' : undefined, note: e.note });
      if (undercut.has(e.id) && UNDERCUTTABLE.includes(e.relation)) continue;
      lines.push(`  ${e.relation === 'attacks' ? '->' : e.relation === 'contrasts' ? '><' : '+>'} ${target}`);
    }
    const data = nodeData(node, map, referenced, sourced);
    if (Object.keys(links).length > 0) data.links = links;
    const tags = nodeTags(node).flatMap((t) => argdownTag(t) ?? []);
    const text = escapeArgdown(nodeWords(node, map.references));
    return [[`${ref(node.id)}:`, text, ...tags, argdownData(data)].filter((s) => s !== '').join(' '), ...lines];
  };

  const out: string[] = ['===', `title: ${argdownData(map.title)}`, ...(map.description ? [`description: ${argdownData(map.description)}`] : []), 'generator: "Counterpoint"', '===', ''];
  out.push(`// Counterpoint map "${map.id}". Data in braces keeps ids, kinds and anchors; notes are comments.`, '');
  const statements = map.nodes.filter((n): n is Statement => n.kind !== 'note');
  const positionOf = (n: Statement) => ('position' in n ? n.position : undefined);
  const firstAnswer = (n: Statement) => (n.kind === 'claim' || n.kind === 'objection' ? answeredQuestions(n)[0] : undefined);
  const block = (nodes: readonly Statement[]) => {
    for (const n of nodes) out.push(...statement(n), '');
  };

  block(statements.filter((n) => !positionOf(n) && !firstAnswer(n)));
  const emitted = new Set<string>();
  for (const p of map.positions) {
    out.push(`# ${escapeArgdown(p.label)} ${argdownData({ position: p.id, color: p.color, period: p.period, from: p.from, to: p.to, description: p.description })}`, '');
    const held = statements.filter((n) => positionOf(n) === p.id);
    block(held.filter((n) => !firstAnswer(n)));
    for (const q of map.questions) {
      const answering = held.filter((n) => firstAnswer(n) === q.id);
      if (answering.length === 0) continue;
      emitted.add(q.id);
      out.push(`## ${escapeArgdown(q.text)} ${argdownData({ question: q.id, description: q.description })}`, '');
      block(answering);
    }
  }
  for (const q of map.questions) {
    const answering = statements.filter((n) => !positionOf(n) && firstAnswer(n) === q.id);
    if (emitted.has(q.id) && answering.length === 0) continue;
    out.push(`# ${escapeArgdown(q.text)} ${argdownData({ question: q.id, description: q.description })}`, '');
    block(answering);
  }

  for (const id of undercut) {
    const e = edgeById.get(id);
    if (!e || !UNDERCUTTABLE.includes(e.relation)) continue;
    out.push(...linkArgument(e, ref, linkTitle(e.id)), '');
  }
  for (const n of map.nodes) if (n.kind === 'note') out.push(...noteComment(n, ref), '');
  return `${out.join('\n').trimEnd()}\n`;
}

/** Each node's Argdown title: its own title where Argdown can hold it and no other node uses it (or has it as id), else its id. */
function statementTitles(nodes: readonly MapNode[]): Map<string, string> {
  const ids = new Set(nodes.map((n) => n.id));
  const used = new Set<string>();
  const out = new Map<string, string>();
  for (const n of nodes) {
    const title = 'title' in n ? n.title : undefined;
    if (title !== undefined && isSafeTitle(title) && !used.has(title) && (!ids.has(title) || title === n.id) && title !== `${n.id} (id)`) {
      used.add(title);
      out.set(n.id, title);
    }
  }
  for (const n of nodes) if (!out.has(n.id)) out.set(n.id, idTitle(n.id));
  return out;
}

function nodeTags(node: Statement): readonly string[] {
  if (node.kind === 'passage') return ['quote'];
  if (node.kind === 'work') return [node.ref];
  return node.tags ?? [];
}

function nodeData(node: Statement, map: ArgumentMap, referenced: Set<string>, sourced: Set<string>): Record<string, unknown> {
  const withReference = (ref: string | undefined) => {
    if (ref === undefined || referenced.has(ref)) return {};
    referenced.add(ref);
    const item = map.references.find((r) => r.id === ref);
    return item ? { reference: item } : {};
  };
  switch (node.kind) {
    case 'claim': {
      const answers = answeredQuestions(node);
      return { id: node.id, kind: 'claim', ...(node.central ? { central: true } : {}), ...(answers.length > 1 ? { answers } : {}) };
    }
    case 'objection': {
      const answers = answeredQuestions(node);
      return { id: node.id, kind: 'objection', ref: node.ref, pages: node.pages, ...(answers.length > 1 ? { answers } : {}), ...withReference(node.ref) };
    }
    case 'passage': {
      const source = map.sources.find((s) => s.id === node.source);
      const first = !sourced.has(node.source);
      sourced.add(node.source);
      return { id: node.id, kind: 'passage', source: node.source, file: source?.file, ...(first && source ? { sourceTitle: source.title } : {}), start: node.start, end: node.end, note: node.note };
    }
    case 'work':
      return { id: node.id, kind: 'work', ref: node.ref, pages: node.pages, note: node.note, ...withReference(node.ref) };
  }
}

/** An undercut link as an argument: a support as premise and conclusion, an attack as the argument's own attack. */
function linkArgument(e: Edge, ref: (id: string) => string, title: string): string[] {
  if (e.relation === 'supports') {
    return [`${title}: The support of ${escapeArgdown(ref(e.from))} for ${escapeArgdown(ref(e.to))}. ${argdownData({ link: e.id })}`, '', `(1) ${ref(e.from)}`, '----', `(2) ${ref(e.to)}`];
  }
  return [`${title}: The attack of ${escapeArgdown(ref(e.from))} on ${escapeArgdown(ref(e.to))}. ${argdownData({ link: e.id, from: ref(e.from) })}`, `  -> ${ref(e.to)}`];
}

function noteComment(note: NodeOfKind<'note'>, ref: (id: string) => string): string[] {
  const about = note.about?.length ? ` on ${note.about.map(ref).join(', ')}` : '';
  const head = `// Note ${note.title ? `"${note.title.replace(/[\r\n]+/g, ' ')}"` : note.id}${about}:`;
  return [head, ...note.text.split(/\r\n|\r|\n/).map((line) => `// ${line}`.trimEnd())];
}
