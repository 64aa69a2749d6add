import type { Outline, OutlineItem, OutlineSection } from '../../domain/outline/types';
import type { FormattedCitations } from '../citations/processor';
import { visibleItems } from './citeRequests';
import { attachCite, citeFor, itemLines, levels, quoteLines, workLine, type RenderContext } from './markdownItems';
import { escapeBlock, escapeInline, guardLineStart } from './markdownText';

export interface MarkdownOptions {
  /** Citations formatted for this outline's requests (`outlineCiteRequests`) with output `markdown`. */
  readonly citations?: FormattedCitations;
  /** The map's title, named in the opening line. */
  readonly mapTitle?: string;
}

const EMPTY_SECTION: Record<OutlineSection['id'], string> = {
  'section:arguments': 'The map holds no reasons for this thesis yet.',
  'section:counter-arguments': 'The map holds no objections, undercuts or rival answers to this thesis yet.',
  'section:historiography': 'No work in the map assesses this thesis yet.',
  'section:conclusion': '',
};

/**
 * Renders an outline as Markdown: a heading per part (thesis, arguments for,
 * counter-arguments, historiography, conclusion, notes for a note style, bibliography),
 * passages verbatim as block quotes cited by their source's reference and page, or by
 * "(para. N)" when the source is no work, and every piece of user or map
 * text escaped so that it stays text. Excluded items and sections are left out.
 */
export function renderOutlineMarkdown(outline: Outline, options: MarkdownOptions = {}): string {
  const visible = visibleItems(outline);
  const sources = new Set(visible.flatMap((i) => (i.passage ? [i.passage.sourceTitle] : [])));
  // Sources that are works are cited as such and listed in the bibliography; the others by paragraph.
  const byParagraph = new Set(visible.flatMap((i) => (i.passage && !i.cite ? [i.passage.sourceTitle] : [])));
  const ctx: RenderContext = { outline, citations: options.citations, nameSources: sources.size > 1 };
  const thesis = outline.thesis;
  const lines: string[] = [`# Essay outline: ${escapeInline(thesis.title ?? thesis.text)}`, ''];
  const from = options.mapTitle ? ` from the map “${escapeInline(options.mapTitle)}”` : '';
  const style = options.citations ? `; citations in ${options.citations.style.label}` : '';
  lines.push(`_Built${from}; reasons and objections followed ${levels(outline.depthLimit)} deep${style}._`, '');

  lines.push(...thesisLines(ctx, thesis));
  for (const section of outline.sections) {
    if (section.excluded) continue;
    lines.push(`## ${escapeInline(section.heading)}`, '');
    if (section.userNote) lines.push(`_Your note:_ ${escapeBlock(section.userNote)}`, '');
    lines.push(...sectionBody(ctx, section), '');
  }
  lines.push(...notesLines(ctx), ...bibliographyLines(ctx, [...byParagraph]));
  return `${lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd()}\n`;
}

function thesisLines(ctx: RenderContext, thesis: OutlineItem): string[] {
  const lines = ['## Thesis', ''];
  const position = thesis.position ? ` (${escapeInline(thesis.position.label)})` : '';
  if (thesis.title) lines.push(`**${escapeInline(thesis.title)}**${position}`, '');
  const cite = citeFor(ctx, thesis);
  lines.push(`${escapeBlock(thesis.text)}${thesis.title ? '' : position}${attachCite(cite)}`, '');
  const evidence = thesis.children.filter((c) => c.role === 'evidence' && !c.excluded);
  for (const passage of evidence) {
    lines.push(...quoteLines(ctx, passage, ''), '');
    if (passage.userNote) lines.push(`_Your note:_ ${escapeBlock(passage.userNote)}`, '');
  }
  if (evidence.length === 0) lines.push('_No passage of the source is linked to this claim in the map._', '');
  if (thesis.userNote) lines.push(`_Your note:_ ${escapeBlock(thesis.userNote)}`, '');
  return lines;
}

function sectionBody(ctx: RenderContext, section: OutlineSection): string[] {
  const items = section.items.filter((i) => !i.excluded);
  if (items.length === 0) return EMPTY_SECTION[section.id] ? [`_${EMPTY_SECTION[section.id]}_`] : [];
  switch (section.id) {
    case 'section:historiography':
      return items.flatMap((group) => [
        `### ${escapeInline(group.text)}`,
        '',
        ...(group.userNote ? [`_Your note:_ ${escapeBlock(group.userNote)}`, ''] : []),
        ...group.children.flatMap((work) => workLine(ctx, work)),
        '',
      ]);
    case 'section:conclusion':
      return items.flatMap((prompt) => [escapeBlock(prompt.text), '', ...(prompt.userNote ? [`_Your note:_ ${escapeBlock(prompt.userNote)}`, ''] : [])]);
    default:
      return items.flatMap((item) => itemLines(ctx, item, 0));
  }
}

/** Footnote definitions, for a note style, in note order. */
function notesLines(ctx: RenderContext): string[] {
  const citations = ctx.citations;
  if (!citations || citations.style.kind !== 'note') return [];
  const numbered = Object.entries(citations.notes).sort((a, b) => a[1] - b[1]);
  if (numbered.length === 0) return [];
  return ['## Notes', '', ...numbered.map(([key, n]) => `[^${n}]: ${citations.cites[key]}`), ''];
}

function bibliographyLines(ctx: RenderContext, sourceTitles: string[]): string[] {
  const lines = ['## Bibliography', ''];
  if (sourceTitles.length > 0) {
    const titles = sourceTitles.map((t) => `*${escapeInline(t)}*`).join(', ');
    lines.push(`Passages are quoted verbatim from ${titles}, cited by paragraph number.`, '');
  }
  const entries = ctx.citations?.bibliography ?? [];
  if (entries.length > 0) lines.push(...entries.map((e) => `- ${guardLineStart(e.text)}`));
  else if (!ctx.citations) lines.push('_Citations are not formatted yet._');
  else lines.push('_The outline cites no published works._');
  return lines;
}
