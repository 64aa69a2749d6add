import type { Outline } from '../../../domain/outline/types';
import type { ArgumentMap } from '../../../domain/schema/map';
import { DEFAULT_CITATION_STYLE } from '../../../domain/schema/outline';
import { formatCitations, type FormattedCitations } from '../../citations/processor';
import { outlineCiteRequests, visibleItems } from '../citeRequests';
import { prepareOutline, type PrepareOptions, type PreparedOutline } from '../index';
import { bibliographyParagraphs, POINTS, QUOTE_STYLE, sectionParagraphs, thesisParagraphs, type DocxContext } from './blocks';
import { textRuns } from './runs';
import { xmlSafe } from '../../xmlText';

/** Word's media type, for downloads. */
export const DOCX_MEDIA_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export interface DocxOptions {
  /** The outline's citations in Chicago notes and bibliography (`chicago-note-bibliography`): the footnotes. */
  readonly notes: FormattedCitations;
  /** The same citations in the style chosen for the bibliography (may be `notes` itself). */
  readonly bibliography: FormattedCitations;
  readonly mapTitle?: string;
}

const NUMBER_FORMATS = ['decimal', 'lowerLetter', 'lowerRoman'] as const;

/**
 * The essay outline as a Word document: the same tree the Markdown export renders (thesis,
 * arguments for, counter-arguments, historiography, conclusion), with headings, numbered points,
 * passages as block quotes, real Word footnotes carrying the notes-style citations, and the
 * bibliography in the chosen style. Map text is text: nothing in it becomes markup.
 */
export async function renderOutlineDocx(outline: Outline, options: DocxOptions): Promise<Uint8Array> {
  const d = await import('docx');
  if (options.notes.style.kind !== 'note') throw new Error(`footnotes need a note style, not ${options.notes.style.label}`);
  const nameSources = new Set(visibleItems(outline).flatMap((i) => (i.passage ? [i.passage.sourceId] : []))).size > 1;
  const ctx: DocxContext = { d, outline, notes: options.notes, footnotes: new Map(), nameSources };
  const thesis = outline.thesis;
  const from = options.mapTitle ? ` from the map “${options.mapTitle}”` : '';
  const bibliographyStyle = options.bibliography.style.id === options.notes.style.id ? '' : `, the bibliography in ${options.bibliography.style.label}`;
  const children = [
    new d.Paragraph({ heading: d.HeadingLevel.TITLE, children: textRuns(d, `Essay outline: ${thesis.title ?? thesis.text}`) }),
    new d.Paragraph({
      children: textRuns(d, `Built${from}; reasons and objections followed ${outline.depthLimit} ${outline.depthLimit === 1 ? 'level' : 'levels'} deep; notes in ${options.notes.style.label}${bibliographyStyle}.`, { italics: true }),
    }),
    ...thesisParagraphs(ctx),
    ...outline.sections.flatMap((section, i) => sectionParagraphs(ctx, section, i + 1)),
    ...bibliographyParagraphs(ctx, options.bibliography),
  ];
  const document = new d.Document({
    title: xmlSafe(`Essay outline: ${thesis.title ?? thesis.text}`),
    creator: 'Counterpoint',
    styles: {
      default: { document: { run: { font: 'Georgia', size: 24 } } },
      paragraphStyles: [
        { id: QUOTE_STYLE, name: 'Quote', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { italics: false, size: 22 }, paragraph: { indent: { left: 720, right: 720 }, spacing: { before: 120, after: 120 } } },
        { id: 'Bibliography', name: 'Bibliography', basedOn: 'Normal', paragraph: { indent: { left: 720, hanging: 720 }, spacing: { after: 120 } } },
      ],
    },
    numbering: {
      config: [
        {
          reference: POINTS,
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: NUMBER_FORMATS[level % NUMBER_FORMATS.length]!,
            text: `%${level + 1}.`,
            alignment: d.AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    footnotes: Object.fromEntries([...ctx.footnotes].map(([n, paragraphs]) => [n, { children: paragraphs }])),
    sections: [{ children }],
  });
  return d.Packer.pack(document, 'uint8array');
}

export type OutlineDocxResult = { readonly ok: true; readonly bytes: Uint8Array; readonly outline: Outline } | Extract<PreparedOutline, { ok: false }>;

/**
 * An outline of a map as a .docx, ready to save: the walk and the saved arrangement as for
 * Markdown, footnotes in Chicago notes style, the bibliography in `style` (else the saved
 * outline's, else Chicago author-date). What the command line and the app both call.
 */
export async function outlineDocx(map: ArgumentMap, thesisId: string, options: Omit<PrepareOptions, 'output'>): Promise<OutlineDocxResult> {
  const prepared = await prepareOutline(map, thesisId, { ...options, style: 'chicago-note-bibliography', output: 'markdown' });
  if (!prepared.ok) return prepared;
  const chosen = options.style ?? map.outlines?.find((o) => o.thesis === thesisId)?.style ?? DEFAULT_CITATION_STYLE;
  const bibliography =
    chosen === prepared.citations.style.id
      ? prepared.citations
      : await formatCitations(map.references, outlineCiteRequests(prepared.outline), { style: chosen, output: 'markdown', files: options.files });
  const bytes = await renderOutlineDocx(prepared.outline, { notes: prepared.citations, bibliography, mapTitle: map.title });
  return { ok: true, bytes, outline: prepared.outline };
}
