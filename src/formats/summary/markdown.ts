import { answeredQuestions } from '../../domain/schema/claim';
import type { ArgumentMap } from '../../domain/schema/map';
import { nodeLabel, type MapNode, type NodeOfKind } from '../../domain/schema/node';
import { workCitation } from '../interchange/citation';
import { paragraphFinder } from '../interchange/paragraphs';
import { blockQuote, escapeBlock, escapeInline, guardLineStart } from '../outline/markdownText';

type Proposition = NodeOfKind<'claim' | 'objection'>;

const STANCE_MARK = { supports: '✓ supports', challenges: '✕ challenges', complicates: '≈ complicates' } as const;

/**
 * A readable summary of a map in Markdown (`export --to md`): its positions, its questions
 * with who answers them, then each position's claims with the passages that state or support
 * them, what supports and attacks them (objections with their sources), their rivals and the
 * works that assess them; claims no position holds last, then the notes. All map text is
 * escaped: a claim cannot inject a heading, a link or HTML.
 */
export function mapSummaryMarkdown(map: ArgumentMap, sourceTexts: Readonly<Record<string, string>>): string {
  const byId = new Map(map.nodes.map((n) => [n.id, n]));
  const paragraph = paragraphFinder(sourceTexts);
  const name = (n: MapNode | undefined) => (n ? escapeInline(n.kind === 'work' ? workCitation(n, map.references) : oneLine(nodeLabel(n))) : '(missing)');
  const positionLabel = (id: string | undefined) => map.positions.find((p) => p.id === id)?.label;
  const out: string[] = [`# ${guardLineStart(escapeInline(map.title))}`, ''];
  if (map.description) out.push(escapeBlock(map.description), '');

  if (map.positions.length > 0) {
    out.push('## Positions', '');
    for (const p of map.positions) out.push(`- **${escapeInline(p.label)}**${p.period ? ` (${escapeInline(p.period)})` : ''}${p.description ? `: ${escapeInline(oneLine(p.description))}` : ''}`);
    out.push('');
  }

  const propositions = map.nodes.filter((n): n is Proposition => n.kind === 'claim' || n.kind === 'objection');
  if (map.questions.length > 0) {
    out.push('## Questions', '');
    for (const q of map.questions) {
      out.push(`### ${guardLineStart(escapeInline(q.text))}`, '');
      const answers = propositions.filter((n) => answeredQuestions(n).includes(q.id));
      if (answers.length === 0) out.push('No claim of the map answers it yet.');
      for (const a of answers) out.push(`- ${a.position ? `**${escapeInline(positionLabel(a.position) ?? a.position)}**: ` : guardLineStart(name(a))}${a.position ? name(a) : ''}`);
      out.push('');
    }
  }

  const claim = (c: Proposition) => {
    out.push(`### ${c.kind === 'objection' ? 'Objection: ' : ''}${c.kind === 'claim' && c.central ? '★ ' : ''}${guardLineStart(escapeInline(oneLine(c.title ?? c.text)))}`, '');
    if (c.title) out.push(escapeBlock(c.text), '');
    if (c.tags?.length) out.push(`Tags: ${c.tags.map(escapeInline).join(', ')}`, '');
    const incoming = map.edges.filter((e) => e.to === c.id);
    const passages = incoming.filter((e) => (e.relation === 'states' || e.relation === 'supports') && byId.get(e.from)?.kind === 'passage');
    for (const e of passages) {
      const p = byId.get(e.from) as NodeOfKind<'passage'>;
      const source = map.sources.find((s) => s.id === p.source)?.title;
      const para = paragraph(p);
      out.push(blockQuote(escapeBlock(p.quote.trim())), `>`, `> — ${e.relation === 'states' ? 'states it' : 'supports it'}${source ? `, *${escapeInline(source)}*` : ''}${para === undefined ? '' : `, para. ${para}`}`, '');
    }
    const list = (heading: string, lines: string[]) => {
      if (lines.length > 0) out.push(`${heading}:`, '', ...lines.map((l) => `- ${guardLineStart(l)}`), '');
    };
    const withNote = (text: string, note: string | undefined) => (note ? `${text} — ${escapeInline(oneLine(note))}` : text);
    list('Supported by', incoming.filter((e) => e.relation === 'supports' && byId.get(e.from)?.kind !== 'passage').map((e) => withNote(name(byId.get(e.from)), e.note)));
    list('Attacked by', incoming.filter((e) => e.relation === 'attacks').map((e) => {
      const from = byId.get(e.from);
      const cited = from?.kind === 'objection' && from.ref ? ` (${escapeInline(workCitation({ ref: from.ref, pages: from.pages }, map.references))})` : '';
      return withNote(`${from?.kind === 'objection' ? '✕ ' : ''}${name(from)}${cited}`, e.note);
    }));
    list('Undercuts of its links', map.edges.filter((u) => u.relation === 'undercuts' && incoming.some((e) => e.id === u.to)).map((u) => withNote(name(byId.get(u.from)), u.note)));
    list('Rivals', map.edges.filter((e) => e.relation === 'contrasts' && (e.from === c.id || e.to === c.id)).map((e) => {
      const other = byId.get(e.from === c.id ? e.to : e.from) as Proposition | undefined;
      const held = positionLabel(other?.position);
      return withNote(`${name(other)}${held ? ` (${escapeInline(held)})` : ''}`, e.note);
    }));
    list('Works', incoming.filter((e) => e.relation === 'assesses').map((e) => withNote(`${STANCE_MARK[e.stance ?? 'complicates']}: ${name(byId.get(e.from))}${e.pages ? `, pp. ${escapeInline(e.pages)}` : ''}`, e.note)));
  };

  for (const p of map.positions) {
    const held = propositions.filter((n) => n.position === p.id);
    if (held.length === 0) continue;
    out.push(`## ${guardLineStart(escapeInline(p.label))}`, '');
    held.forEach(claim);
  }
  const unheld = propositions.filter((n) => !n.position || !map.positions.some((p) => p.id === n.position));
  if (unheld.length > 0) {
    out.push('## Held by no position', '');
    unheld.forEach(claim);
  }
  const notes = map.nodes.filter((n): n is NodeOfKind<'note'> => n.kind === 'note');
  if (notes.length > 0) {
    out.push('## Notes', '');
    for (const n of notes) out.push(`${n.title ? `**${escapeInline(n.title)}**${n.about?.length ? ` (on ${n.about.map((a) => name(byId.get(a))).join('; ')})` : ''}\n\n` : ''}${escapeBlock(n.text)}`, '');
  }
  return `${out.join('\n').trimEnd()}\n`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
