import type * as DocxModule from 'docx';
import { xmlSafe } from '../../xmlText';
import { parseInline, type Inline } from '../markdownParse';

/** The docx package, loaded when a document is made (it is large; the app loads it on first use). */
export type Docx = typeof DocxModule;
export type Run = DocxModule.ParagraphChild;

export interface Marks {
  readonly bold?: boolean;
  readonly italics?: boolean;
  /** A character style: `Hyperlink` for links. */
  readonly style?: string;
}

/** Map or user text as runs: plain text (Word escapes it), XML-illegal characters removed, line breaks kept. */
export function textRuns(d: Docx, text: string, marks: Marks = {}): Run[] {
  return xmlSafe(text)
    .split('\n')
    .map((line, i) => new d.TextRun({ text: line, ...marks, ...(i > 0 ? { break: 1 } : {}) }));
}

/**
 * Runs from the Markdown the citation processor writes (escaped data, `*italic*` titles,
 * links only to http, https and mailto addresses): formatting kept, nothing read as markup.
 */
export function markdownRuns(d: Docx, markdown: string, marks: Marks = {}): Run[] {
  return inlineRuns(d, parseInline(markdown), marks);
}

function inlineRuns(d: Docx, inlines: readonly Inline[], marks: Marks): Run[] {
  return inlines.flatMap((inline): Run[] => {
    switch (inline.type) {
      case 'text':
        return textRuns(d, inline.text, marks);
      case 'strong':
        return inlineRuns(d, inline.children, { ...marks, bold: true });
      case 'em':
        return inlineRuns(d, inline.children, { ...marks, italics: !marks.italics });
      case 'link':
        return [new d.ExternalHyperlink({ link: inline.href, children: inlineRuns(d, inline.children, { ...marks, style: 'Hyperlink' }) })];
      case 'footnoteRef':
        return [];
    }
  });
}
