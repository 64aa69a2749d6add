import type { Paragraph } from 'docx';
import type { Outline, OutlineItem, OutlineSection, PassagePlace } from '../../../domain/outline/types';
import type { FormattedCitations } from '../../citations/processor';
import { visibleItems } from '../citeRequests';
import { ROLE_LABELS } from '../labels';
import { authorPhrase } from '../names';
import { markdownRuns, textRuns, type Docx, type Run } from './runs';

/** The list every argument point is numbered in (one instance per section, so each starts at 1). */
export const POINTS = 'points';
/** The paragraph style of quoted passages. */
export const QUOTE_STYLE = 'Quote';

/** What the paragraph builders need to know about the whole document. */
export interface DocxContext {
  readonly d: Docx;
  readonly outline: Outline;
  /** Citations in a note style: each citing item's note text and number. */
  readonly notes: FormattedCitations;
  /** Footnotes made so far, by number: filled as paragraphs cite. */
  readonly footnotes: Map<number, Paragraph[]>;
  /** Whether passages name their source: only when the outline quotes more than one. */
  readonly nameSources: boolean;
}

const EMPTY_SECTION: Record<OutlineSection['id'], string> = {
  'section:arguments': 'The map holds no reasons for this thesis yet.',
  'section:counter-arguments': 'The map holds no objections, undercuts or rival answers to this thesis yet.',
  'section:historiography': 'No work in the map assesses this thesis yet.',
  'section:conclusion': '',
};

const levels = (n: number) => `${n} ${n === 1 ? 'level' : 'levels'}`;

/**
 * The footnote mark for an item the citation processor cited, its footnote filed under the
 * processor's note number; nothing for an item without a citation. The note's text is the
 * processor's, so whatever it cites (a work's pages, a passage's page in its source) is what
 * the footnote says.
 */
export function footnoteMark(ctx: DocxContext, item: OutlineItem): Run[] {
  if (item.repeatOf !== undefined) return [];
  const n = ctx.notes.notes[item.id];
  const text = ctx.notes.cites[item.id];
  if (n === undefined || text === undefined) return [];
  if (!ctx.footnotes.has(n)) ctx.footnotes.set(n, [new ctx.d.Paragraph({ children: markdownRuns(ctx.d, text) })]);
  return [new ctx.d.FootnoteReferenceRun(n)];
}

/** "(para. 89)" or "(Source title, para. 89)": where a quoted passage stands in its source. */
function paragraphCite(ctx: DocxContext, place: PassagePlace | undefined): Run[] {
  if (!place) return [];
  const source = ctx.nameSources ? [...textRuns(ctx.d, place.sourceTitle, { italics: true }), ...textRuns(ctx.d, place.paragraph === undefined ? '' : ', ')] : [];
  if (place.paragraph === undefined) return source.length > 0 ? [...textRuns(ctx.d, ' ('), ...source, ...textRuns(ctx.d, ')')] : [];
  return [...textRuns(ctx.d, ' ('), ...source, ...textRuns(ctx.d, `para. ${place.paragraph})`)];
}

/** A passage quoted verbatim as a block quote, then its citation: a footnote when the processor cited it, else its paragraph. */
function quote(ctx: DocxContext, item: OutlineItem, level: number): Paragraph[] {
  const mark = footnoteMark(ctx, item);
  const review = item.passage?.needsReview ? textRuns(ctx.d, ' (this quote needs review: it matches the source only approximately)', { italics: true }) : [];
  return [
    new ctx.d.Paragraph({
      style: QUOTE_STYLE,
      indent: { left: 720 * (level + 1) },
      children: [...textRuns(ctx.d, item.text), ...(mark.length > 0 ? mark : paragraphCite(ctx, item.passage)), ...review],
    }),
  ];
}

function userNote(ctx: DocxContext, note: string | undefined, level = 0): Paragraph[] {
  if (!note) return [];
  return [new ctx.d.Paragraph({ indent: { left: 720 * level }, children: [...textRuns(ctx.d, 'Your note: ', { italics: true }), ...textRuns(ctx.d, note)] })];
}

/** The thesis: its title and position, its statement, and the passages that state it. */
export function thesisParagraphs(ctx: DocxContext): Paragraph[] {
  const { d } = ctx;
  const thesis = ctx.outline.thesis;
  const position = thesis.position ? ` (${thesis.position.label})` : '';
  const out: Paragraph[] = [new d.Paragraph({ heading: d.HeadingLevel.HEADING_1, children: textRuns(d, 'Thesis') })];
  if (thesis.title) out.push(new d.Paragraph({ children: [...textRuns(d, thesis.title, { bold: true }), ...textRuns(d, position)] }));
  out.push(new d.Paragraph({ children: [...textRuns(d, thesis.text), ...textRuns(d, thesis.title ? '' : position), ...footnoteMark(ctx, thesis)] }));
  const evidence = thesis.children.filter((c) => c.role === 'evidence' && !c.excluded);
  for (const passage of evidence) out.push(...quote(ctx, passage, 0), ...userNote(ctx, passage.userNote));
  if (evidence.length === 0) out.push(new d.Paragraph({ children: textRuns(d, 'No passage of the source is linked to this claim in the map.', { italics: true }) }));
  out.push(...userNote(ctx, thesis.userNote));
  return out;
}

/** One argument point, numbered at its depth, and everything under it. */
function pointParagraphs(ctx: DocxContext, item: OutlineItem, level: number, instance: number): Paragraph[] {
  const { d } = ctx;
  if (item.excluded) return [];
  const numbering = { reference: POINTS, level: Math.min(level, 8), instance };
  const head = [...textRuns(d, `${ROLE_LABELS[item.role]}${item.title ? `: ${item.title}` : ''}`, { bold: true }), ...textRuns(d, item.position ? ` (${item.position.label})` : '')];
  if (item.repeatOf !== undefined) {
    const where = item.repeatOf === ctx.outline.thesis.id ? 'this leads back to the thesis itself: the reasoning is circular here' : 'set out above';
    return [new d.Paragraph({ numbering, children: [...head, ...textRuns(d, `: ${where}.`)] })];
  }
  const out: Paragraph[] = [];
  if (item.passage) {
    out.push(new d.Paragraph({ numbering, children: [...head, ...textRuns(d, ', in the source’s words:')] }), ...quote(ctx, item, level));
  } else {
    const denies = item.denies ? ` denies that “${item.denies.from}” bears on “${item.denies.to}”:` : '';
    out.push(new d.Paragraph({ numbering, children: [...head, ...textRuns(d, ` —${denies} ${item.text}`), ...footnoteMark(ctx, item)] }));
  }
  for (const child of item.children) {
    if (child.excluded) continue;
    if (child.role === 'evidence') out.push(...quote(ctx, child, level + 1), ...userNote(ctx, child.userNote, level + 2));
    else out.push(...pointParagraphs(ctx, child, level + 1, instance));
  }
  if (item.cut) {
    const points = item.cut === 1 ? '1 further point is' : `${item.cut} further points are`;
    out.push(new d.Paragraph({ indent: { left: 720 * (level + 1) }, children: textRuns(d, `Depth limit reached (${levels(ctx.outline.depthLimit)}): ${points} not shown.`, { italics: true }) }));
  }
  out.push(...userNote(ctx, item.userNote, level + 1));
  return out;
}

/** A work in the historiography: its authors, the footnote citing it, the map's note on its reading. */
function workParagraph(ctx: DocxContext, item: OutlineItem): Paragraph[] {
  const { d } = ctx;
  if (item.excluded) return [];
  const about = item.note ? `: ${item.note}` : `, ${item.text}`;
  return [
    new d.Paragraph({ bullet: { level: 0 }, children: [...textRuns(d, authorPhrase(item.authors ?? []), { bold: true }), ...footnoteMark(ctx, item), ...textRuns(d, about)] }),
    ...userNote(ctx, item.userNote, 1),
  ];
}

export function sectionParagraphs(ctx: DocxContext, section: OutlineSection, instance: number): Paragraph[] {
  const { d } = ctx;
  if (section.excluded) return [];
  const out: Paragraph[] = [new d.Paragraph({ heading: d.HeadingLevel.HEADING_1, children: textRuns(d, section.heading) }), ...userNote(ctx, section.userNote)];
  const items = section.items.filter((i) => !i.excluded);
  if (items.length === 0) {
    if (EMPTY_SECTION[section.id]) out.push(new d.Paragraph({ children: textRuns(d, EMPTY_SECTION[section.id], { italics: true }) }));
    return out;
  }
  switch (section.id) {
    case 'section:historiography':
      for (const group of items) {
        out.push(new d.Paragraph({ heading: d.HeadingLevel.HEADING_2, children: textRuns(d, group.text) }), ...userNote(ctx, group.userNote));
        for (const work of group.children) out.push(...workParagraph(ctx, work));
      }
      return out;
    case 'section:conclusion':
      for (const prompt of items) out.push(new d.Paragraph({ children: textRuns(d, prompt.text) }), ...userNote(ctx, prompt.userNote));
      return out;
    default:
      for (const item of items) out.push(...pointParagraphs(ctx, item, 0, instance));
      return out;
  }
}

/** The bibliography in the chosen style, after a line naming the sources passages are quoted from by paragraph. */
export function bibliographyParagraphs(ctx: DocxContext, bibliography: FormattedCitations): Paragraph[] {
  const { d } = ctx;
  const out: Paragraph[] = [new d.Paragraph({ heading: d.HeadingLevel.HEADING_1, children: textRuns(d, 'Bibliography') })];
  // Sources that are works are cited in the notes and listed below; the others by paragraph, named here.
  const sources = [...new Set(visibleItems(ctx.outline).flatMap((i) => (i.passage && !i.cite ? [i.passage.sourceTitle] : [])))];
  if (sources.length > 0) {
    const titles = sources.flatMap((t, i) => [...(i > 0 ? textRuns(d, ', ') : []), ...textRuns(d, t, { italics: true })]);
    out.push(new d.Paragraph({ children: [...textRuns(d, 'Passages are quoted verbatim from '), ...titles, ...textRuns(d, ', cited by paragraph number.')] }));
  }
  if (bibliography.bibliography.length === 0) out.push(new d.Paragraph({ children: textRuns(d, 'The outline cites no published works.', { italics: true }) }));
  for (const entry of bibliography.bibliography) out.push(new d.Paragraph({ style: 'Bibliography', children: markdownRuns(d, entry.text) }));
  return out;
}
