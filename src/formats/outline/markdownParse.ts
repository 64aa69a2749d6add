import { safeUrl } from './markdownText';

/**
 * A small Markdown reader for the subset the outline renderer writes: headings,
 * paragraphs, block quotes, nested bullet lists, footnote definitions, and inline
 * strong, emphasis, footnote marks and links. It returns a tree of plain data, so a
 * view can build elements from it and text stays text: there is no HTML in or out, and
 * a link survives only with an http, https or mailto address.
 */

export type Inline =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'strong' | 'em'; readonly children: readonly Inline[] }
  | { readonly type: 'link'; readonly href: string; readonly children: readonly Inline[] }
  | { readonly type: 'footnoteRef'; readonly label: string };

export type Block =
  | { readonly type: 'heading'; readonly level: number; readonly children: readonly Inline[] }
  | { readonly type: 'paragraph'; readonly children: readonly Inline[] }
  | { readonly type: 'quote'; readonly children: readonly Block[] }
  | { readonly type: 'list'; readonly items: readonly (readonly Block[])[] }
  | { readonly type: 'footnotes'; readonly notes: readonly { readonly label: string; readonly children: readonly Inline[] }[] };

const HEADING = /^(#{1,6}) +(.*)$/;
const QUOTE = /^>( ?)/;
const BULLET = /^- /;
const FOOTNOTE_DEF = /^\[\^([^\]\s]+)\]: ?(.*)$/;
const blank = (line: string) => line.trim() === '';
const startsBlock = (line: string) => HEADING.test(line) || QUOTE.test(line) || BULLET.test(line) || FOOTNOTE_DEF.test(line);

export function parseMarkdown(text: string): Block[] {
  return parseBlocks(text.replace(/\r\n?/g, '\n').split('\n'));
}

function parseBlocks(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (blank(line)) {
      i++;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      blocks.push({ type: 'heading', level: heading[1]!.length, children: parseInline(heading[2]!.trim()) });
      i++;
    } else if (QUOTE.test(line)) {
      const quoted: string[] = [];
      for (; i < lines.length && QUOTE.test(lines[i]!); i++) quoted.push(lines[i]!.replace(QUOTE, ''));
      blocks.push({ type: 'quote', children: parseBlocks(quoted) });
    } else if (BULLET.test(line)) {
      const items: Block[][] = [];
      while (i < lines.length && BULLET.test(lines[i]!)) {
        const body = [lines[i]!.slice(2)];
        // An item runs on over blank lines and lines indented under it.
        for (i++; i < lines.length && (blank(lines[i]!) || lines[i]!.startsWith('  ')); i++) body.push(lines[i]!.slice(2));
        items.push(parseBlocks(body));
      }
      blocks.push({ type: 'list', items });
    } else if (FOOTNOTE_DEF.test(line)) {
      const notes: { label: string; children: Inline[] }[] = [];
      for (; i < lines.length && (FOOTNOTE_DEF.test(lines[i]!) || blank(lines[i]!)); i++) {
        const def = FOOTNOTE_DEF.exec(lines[i]!);
        if (def) notes.push({ label: def[1]!, children: parseInline(def[2]!) });
      }
      blocks.push({ type: 'footnotes', notes });
    } else {
      const para: string[] = [];
      for (; i < lines.length && !blank(lines[i]!) && (para.length === 0 || !startsBlock(lines[i]!)); i++) para.push(lines[i]!);
      blocks.push({ type: 'paragraph', children: parseInline(para.join('\n')) });
    }
  }
  return blocks;
}

// The characters a backslash escapes (CommonMark: any ASCII punctuation).
const ESCAPABLE = /[!-/:-@[-`{-~]/;

/** The index of the closing delimiter from `from`, skipping escapes; -1 when there is none. */
function closing(src: string, delimiter: string, from: number): number {
  for (let j = from; j < src.length; j++) {
    if (src[j] === '\\') {
      j++;
      continue;
    }
    if (!src.startsWith(delimiter, j)) continue;
    // A single * is not closed by half of a **.
    if (delimiter.length === 1 && src[j + 1] === delimiter) {
      j++;
      continue;
    }
    if (j > from && !/\s/.test(src[j - 1]!)) return j;
  }
  return -1;
}

/** The end of a bracketed label from `[`, skipping escapes and nested brackets; -1 when unclosed. */
function closingBracket(src: string, open: number): number {
  let depth = 0;
  for (let j = open; j < src.length; j++) {
    if (src[j] === '\\') j++;
    else if (src[j] === '[') depth++;
    else if (src[j] === ']' && --depth === 0) return j;
  }
  return -1;
}

/** The end of a link destination from its `(`, allowing balanced parentheses inside; -1 when unclosed or spaced. */
function closingParen(src: string, open: number): number {
  let depth = 0;
  for (let j = open; j < src.length; j++) {
    if (src[j] === '\\') j++;
    else if (/\s/.test(src[j]!)) return -1;
    else if (src[j] === '(') depth++;
    else if (src[j] === ')' && --depth === 0) return j;
  }
  return -1;
}

export function parseInline(src: string): Inline[] {
  const out: Inline[] = [];
  let text = '';
  const flush = () => {
    if (text) out.push({ type: 'text', text });
    text = '';
  };
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (c === '\\' && i + 1 < src.length && ESCAPABLE.test(src[i + 1]!)) {
      text += src[i + 1];
      i += 2;
      continue;
    }
    if (c === '\n') {
      // A soft line break reads as a space.
      text += ' ';
      i++;
      continue;
    }
    const strong = src.startsWith('**', i) && !/\s/.test(src[i + 2] ?? ' ') ? closing(src, '**', i + 2) : -1;
    if (strong > 0) {
      flush();
      out.push({ type: 'strong', children: parseInline(src.slice(i + 2, strong)) });
      i = strong + 2;
      continue;
    }
    // Emphasis with _ only at a word's edge, as in CommonMark: snake_case stays text.
    const canEmphasise = (c === '*' && src[i + 1] !== '*') || (c === '_' && !/[\p{L}\p{N}]/u.test(src[i - 1] ?? ' '));
    const em = canEmphasise && !/\s/.test(src[i + 1] ?? ' ') ? closing(src, c, i + 1) : -1;
    if (em > 0 && (c === '*' || !/[\p{L}\p{N}]/u.test(src[em + 1] ?? ' '))) {
      flush();
      out.push({ type: 'em', children: parseInline(src.slice(i + 1, em)) });
      i = em + 1;
      continue;
    }
    if (c === '[') {
      const footnote = /^\[\^([^\]\s]+)\]/.exec(src.slice(i));
      if (footnote) {
        flush();
        out.push({ type: 'footnoteRef', label: footnote[1]! });
        i += footnote[0].length;
        continue;
      }
      const end = closingBracket(src, i);
      const target = end > 0 && src[end + 1] === '(' ? closingParen(src, end + 1) : -1;
      if (target > 0) {
        const label = parseInline(src.slice(i + 1, end));
        const href = safeUrl(src.slice(end + 2, target));
        flush();
        // A link with an unsafe address keeps its label as text and drops the address.
        out.push(...(href ? [{ type: 'link' as const, href, children: label }] : label));
        i = target + 1;
        continue;
      }
    }
    text += c;
    i++;
  }
  flush();
  return out;
}

/** The text of inline content, without its markup: for names, tests and plain-text views. */
export function inlineText(nodes: readonly Inline[]): string {
  return nodes.map((n) => (n.type === 'text' ? n.text : n.type === 'footnoteRef' ? `[${n.label}]` : inlineText(n.children))).join('');
}
