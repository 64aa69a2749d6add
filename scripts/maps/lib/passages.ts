import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describeRange } from '../../../src/domain/anchoring/selector';
import type { Passage } from '../../../src/domain/schema/passage';
import { codePointLength, SourceText } from '../../../src/domain/text/sourceText';
import { ROOT, type CorpusClaim } from '../../lib/corpus';
import { cutPassage } from '../../lib/cutPassage';

export const SOURCE_ID = 'rrs';
export const SOURCE_FILE = 'sources/rrs.txt';

/**
 * Cuts passages out of the source so that no quote is ever typed: a whole corpus quote, a
 * sentence of one, or a sentence of a numbered source line picked by index and checked
 * against the words it must begin with. Every cut is verified against the source text.
 */
export class PassageCutter {
  readonly source: SourceText;
  private readonly lines: string[];
  private readonly corpusPassages = new Map<string, { quote: string; line: number }>();
  private normalText: string | undefined;

  constructor(claims: readonly CorpusClaim[], text = readFileSync(join(ROOT, 'maps', SOURCE_FILE), 'utf8')) {
    this.source = new SourceText(text);
    this.lines = text.split('\n');
    for (const c of claims) for (const p of c.passages) this.corpusPassages.set(p.id, p);
  }

  /** Whether some words occur in the source, quote marks and apostrophes either way, case and spacing aside. */
  quotes(words: string): boolean {
    const normal = (t: string) => t.replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').toLowerCase();
    this.normalText ??= normal(this.source.text);
    return this.normalText.includes(normal(words));
  }

  /** A corpus passage, whole, under its corpus id. */
  corpus(passageId: string): Passage {
    const p = this.corpusPassage(passageId);
    return cutPassage(this.source, SOURCE_ID, passageId, p.quote);
  }

  /** A quote the corpus gives elsewhere (a cross-check's text passage), found in the source. */
  exact(id: string, quote: string): Passage {
    return cutPassage(this.source, SOURCE_ID, id, quote);
  }

  /** Some consecutive sentences of a corpus passage (0-based, `last` inclusive), as a passage of its own. */
  corpusSentences(id: string, passageId: string, first: number, last = first): Passage {
    const p = this.corpusPassage(passageId);
    return this.sentencesOfLine(id, p.line, first, last, this.lineText(p.line).indexOf(p.quote), p.quote);
  }

  /**
   * Sentences of a source line (1-based, as the corpus numbers lines). `begins` guards the
   * choice: the cut must start with it, so an edit of the source or a wrong index fails loudly.
   */
  lineSentences(id: string, line: number, first: number, last: number, begins: string): Passage {
    const passage = this.sentencesOfLine(id, line, first, last, 0, this.lineText(line));
    if (!passage.quote.startsWith(begins)) {
      throw new Error(`passage ${id}: line ${line} sentence ${first} begins "${passage.quote.slice(0, 40)}", not "${begins}"`);
    }
    return passage;
  }

  private sentencesOfLine(id: string, line: number, first: number, last: number, at: number, within: string): Passage {
    if (at < 0) throw new Error(`passage ${id}: the corpus quote is not on line ${line}`);
    const sentences = splitSentences(within);
    const a = sentences[first];
    const b = sentences[last];
    if (!a || !b || last < first) throw new Error(`passage ${id}: line ${line} has no sentences ${first}..${last}`);
    const lineStart = this.lineOffset(line);
    const unitStart = lineStart + at + a.start;
    const quote = within.slice(a.start, b.end);
    const start = this.source.toCodePoint(unitStart);
    const selector = describeRange(this.source, start, start + codePointLength(quote));
    if (selector.quote !== quote) throw new Error(`passage ${id}: offsets do not reproduce the quote`);
    return { id, kind: 'passage', source: SOURCE_ID, ...selector };
  }

  private corpusPassage(passageId: string): { quote: string; line: number } {
    const p = this.corpusPassages.get(passageId);
    if (!p) throw new Error(`no corpus passage ${passageId}`);
    return p;
  }

  private lineText(line: number): string {
    const text = this.lines[line - 1];
    if (text === undefined) throw new Error(`the source has no line ${line}`);
    return text;
  }

  /** UTF-16 offset of the start of a 1-based line. */
  private lineOffset(line: number): number {
    let offset = 0;
    for (let i = 0; i < line - 1; i++) offset += this.lines[i]!.length + 1;
    return offset;
  }
}

/**
 * Sentence spans of a paragraph: a sentence ends at . ! or ? (after any closing quote or
 * bracket) followed by a space and a capital, an opening quote or a bracket. Abbreviations
 * such as "i.e. socialism" do not split because a lower-case word follows.
 */
export function splitSentences(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const boundary = /[.!?…][’”)\]]*(?=\s+[A-Z‘“(])/g;
  let start = text.length - text.trimStart().length;
  for (const m of text.matchAll(boundary)) {
    const end = m.index + m[0].length;
    spans.push({ start, end });
    start = end;
    while (start < text.length && /\s/.test(text[start]!)) start++;
  }
  const end = text.trimEnd().length;
  if (start < end) spans.push({ start, end });
  return spans;
}
