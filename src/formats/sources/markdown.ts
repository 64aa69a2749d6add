import { decodeHTML } from 'entities';
import { Lexer, type Token, type Tokens } from 'marked';
import { decodeText, finalTextProblem } from './decode';
import { htmlParagraphs, parseHtml } from './htmlText';
import type { ExtractResult } from './types';

/**
 * A Markdown file as a source: its text without the markup, headings and paragraphs each
 * a paragraph, list items and quoted blocks too, emphasis and links reduced to their
 * words, code kept as written, raw HTML read as text (scripts dropped). A YAML front
 * matter block is not text; its `title` and `author` become the source's.
 */
export function extractMarkdown(name: string, bytes: Uint8Array): ExtractResult {
  const decoded = decodeText(name, bytes);
  if (!decoded.ok) return decoded;
  const { body, title, author } = frontMatter(decoded.text);
  const paragraphs: string[] = [];
  blocks(new Lexer({ gfm: true }).lex(body), paragraphs);
  const text = paragraphs.join('\n\n');
  const empty = finalTextProblem(name, text);
  if (empty) return { ok: false, problems: [empty] };
  const heading = title ?? firstHeading(body);
  return { ok: true, source: { media: 'text/markdown', text, ...(heading ? { title: heading } : {}), ...(author ? { author } : {}), problems: decoded.problems } };
}

function frontMatter(text: string): { body: string; title?: string; author?: string } {
  const m = /^---\n([\s\S]*?)\n(?:---|\.\.\.)\n/.exec(text);
  if (!m) return { body: text };
  const field = (key: string) => new RegExp(`^${key}:\\s*["']?(.+?)["']?\\s*$`, 'm').exec(m[1]!)?.[1];
  const title = field('title');
  const author = field('author');
  return { body: text.slice(m[0].length), ...(title ? { title } : {}), ...(author ? { author } : {}) };
}

function firstHeading(body: string): string | undefined {
  const token = new Lexer().lex(body).find((t): t is Tokens.Heading => t.type === 'heading');
  return token ? inline(token.tokens).trim() : undefined;
}

function blocks(tokens: readonly Token[], out: string[]): void {
  for (const token of tokens) {
    switch (token.type) {
      case 'heading':
      case 'paragraph':
        push(out, inline((token as Tokens.Heading | Tokens.Paragraph).tokens));
        break;
      case 'text':
        push(out, (token as Tokens.Text).tokens ? inline((token as Tokens.Text).tokens!) : decodeHTML(token.text ?? ''));
        break;
      case 'code':
        push(out, (token as Tokens.Code).text);
        break;
      case 'blockquote':
        blocks((token as Tokens.Blockquote).tokens, out);
        break;
      case 'list':
        for (const item of (token as Tokens.List).items) blocks(item.tokens, out);
        break;
      case 'table': {
        const table = token as Tokens.Table;
        for (const row of [table.header, ...table.rows]) push(out, row.map((cell) => inline(cell.tokens)).join(' '));
        break;
      }
      case 'html':
        out.push(...htmlParagraphs(parseHtml((token as Tokens.HTML).text), { keepHeader: true }));
        break;
      default:
        // space, hr, def (link definitions) and anything unknown carry no text.
        break;
    }
  }
}

function push(out: string[], text: string): void {
  const clean = text.replace(/[ \t]+\n/g, '\n').trim();
  if (clean) out.push(clean);
}

/** Inline tokens to their words: markup dropped, entities decoded, inline HTML tags (and what a script or style holds) left out. */
function inline(tokens: readonly Token[]): string {
  let out = '';
  let rawUntil: RegExp | undefined;
  for (const token of tokens) {
    if (rawUntil) {
      if (token.type === 'html' && rawUntil.test(token.text)) rawUntil = undefined;
      continue;
    }
    switch (token.type) {
      case 'text':
        out += 'tokens' in token && token.tokens ? inline(token.tokens) : decodeHTML(token.text);
        break;
      case 'escape':
      case 'codespan':
        out += token.text;
        break;
      case 'br':
        out += '\n';
        break;
      case 'strong':
      case 'em':
      case 'del':
      case 'link':
        out += inline((token as Tokens.Strong).tokens);
        break;
      case 'html': {
        const opens = /^<(script|style)\b/i.exec(token.text);
        if (opens && !new RegExp(`</${opens[1]}\\s*>`, 'i').test(token.text)) rawUntil = new RegExp(`^</${opens[1]}\\s*>`, 'i');
        break;
      }
      default:
        // Images and anything unknown: not the text's words.
        break;
    }
  }
  return out;
}
