import type { PageBoundary } from '../../domain/text/pages';
import { codePointLength } from '../../domain/text/sourceText';
import { continuesParagraph, joinBroken, type PdfParagraph } from './pdfLayout';

const BREAK = '\n\n';

/**
 * Builds a source's text page by page, as a PDF is read, keeping where each page starts.
 * Paragraphs are separated by a blank line; a paragraph that runs over a page break is
 * joined across it (a word hyphenated there made whole), and the next page then starts
 * at its first character on that page, inside the paragraph or even inside the word.
 * The last paragraph stays open until the next page shows whether it goes on.
 */
export class PagedTextBuilder {
  private readonly parts: string[] = [];
  /** Code points in `parts`. */
  private length = 0;
  private open: PdfParagraph | undefined;
  /** Labels of blank pages not yet placed: they share the start of the next page with text. */
  private blank: string[] = [];
  private readonly pages: PageBoundary[] = [];

  addPage(label: string, paragraphs: readonly PdfParagraph[]): void {
    let rest = paragraphs;
    if (rest.length === 0) {
      this.blank.push(label);
      return;
    }
    if (this.open && continuesParagraph(this.open, rest[0]!)) {
      const { joined, tailAt } = joinBroken(this.open.text, rest[0]!.text);
      this.place(label, this.openStart() + codePointLength(joined.slice(0, tailAt)));
      this.open = { ...rest[0]!, text: joined, firstHeight: this.open.firstHeight };
      rest = rest.slice(1);
    } else {
      this.flush();
      this.place(label, this.openStart());
    }
    for (const paragraph of rest) {
      this.flush();
      this.open = paragraph;
    }
  }

  /** The whole text and its page boundaries. */
  finish(): { text: string; pages: PageBoundary[] } {
    this.flush();
    for (const label of this.blank) this.pages.push({ start: this.length, label });
    this.blank = [];
    return { text: this.parts.join(''), pages: this.pages };
  }

  /** Where the open paragraph starts (or the next one will). */
  private openStart(): number {
    return this.length > 0 ? this.length + BREAK.length : 0;
  }

  private place(label: string, start: number): void {
    for (const blank of this.blank) this.pages.push({ start, label: blank });
    this.blank = [];
    this.pages.push({ start, label });
  }

  private flush(): void {
    if (!this.open) return;
    if (this.length > 0) this.parts.push(BREAK);
    this.parts.push(this.open.text);
    this.length = this.openStart() + codePointLength(this.open.text);
    this.open = undefined;
  }
}
