import { problem, type Problem } from '../../domain/errors';
import { decodeText, finalTextProblem } from './decode';
import { droppedMarkup, elements, htmlParagraphs, parseHtml, textContent, type DroppedMarkup, type HtmlNode } from './htmlText';
import type { ExtractResult } from './types';

/**
 * A saved web page as a source: the article's text (its `<article>` or `<main>` when it
 * has one, else the body), headings and paragraphs each a paragraph, entities decoded,
 * scripts, styles, navigation, headers, footers, asides and forms dropped. The page is
 * parsed as data and never rendered or run. Title, author, year and address come from
 * the page's metadata (Highwire `citation_*` tags as scholarly sites write them, Open
 * Graph, `<title>`).
 */
export function extractHtml(name: string, bytes: Uint8Array): ExtractResult {
  const decoded = decodeText(name, bytes, declaredCharset(bytes));
  if (!decoded.ok) return decoded;
  return htmlSource(name, decoded.text, decoded.problems);
}

/** As `extractHtml`, for markup already decoded (a Markdown file's HTML blocks use the same rules). */
export function htmlSource(name: string, html: string, problems: Problem[] = []): ExtractResult {
  const doc = parseHtml(html);
  const { root, isArticle } = articleRoot(doc);
  const text = htmlParagraphs(root, { keepHeader: isArticle }).join('\n\n');
  const dropped = droppedMarkup(doc);
  const note = droppedNote(dropped);
  const empty = finalTextProblem(name, text);
  if (empty) return { ok: false, problems: [note && empty.code === 'SOURCE_EMPTY' ? { ...empty, message: `${empty.message} once stripped of ${note} (nothing in a page is run)` } : empty] };
  if (note) problems.push(problem('SOURCE_MARKUP_DROPPED', '$', `${name}: ${note} were dropped; the page is read as text and nothing in it is run`, { detail: { ...dropped } }));
  const meta = pageMetadata(doc);
  return { ok: true, source: { media: 'text/html', text, ...meta, ...(meta.title ? {} : firstHeading(root)), problems } };
}

/** The element holding the page's article: its largest `<article>`, else `<main>`, else the body. */
function articleRoot(doc: HtmlNode): { root: HtmlNode; isArticle: boolean } {
  let best: HtmlNode | undefined;
  let bestLength = 0;
  let main: HtmlNode | undefined;
  let body: HtmlNode | undefined;
  for (const el of elements(doc)) {
    if (el.name === 'article') {
      const length = textContent(el).length;
      if (length > bestLength) [best, bestLength] = [el, length];
    } else if (!main && (el.name === 'main' || el.attribs?.role === 'main')) main = el;
    else if (!body && el.name === 'body') body = el;
  }
  const root = best ?? main;
  return root ? { root, isArticle: true } : { root: body ?? doc, isArticle: false };
}

function droppedNote(d: DroppedMarkup): string | undefined {
  const parts = [
    [d.scripts, 'script', 'scripts'],
    [d.handlers, 'event handler or javascript: link', 'event handlers and javascript: links'],
    [d.styles, 'style sheet', 'style sheets'],
    [d.forms, 'form', 'forms'],
    [d.frames, 'embedded frame or object', 'embedded frames and objects'],
  ] as const;
  const said = parts.filter(([n]) => n > 0).map(([n, one, many]) => `${n} ${n === 1 ? one : many}`);
  if (said.length === 0) return undefined;
  return said.length === 1 ? `its ${said[0]}` : `its ${said.slice(0, -1).join(', ')} and ${said[said.length - 1]}`;
}

/** A `<meta charset>` or http-equiv content type in the first bytes, as browsers sniff it. */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head)?.[1]?.toLowerCase();
}

interface PageMetadata {
  title?: string;
  author?: string;
  year?: number;
  url?: string;
}

function pageMetadata(doc: HtmlNode): PageMetadata {
  const metas = new Map<string, string[]>();
  let titleTag: string | undefined;
  let canonical: string | undefined;
  for (const el of elements(doc)) {
    if (el.name === 'meta') {
      const key = (el.attribs?.name ?? el.attribs?.property ?? '').toLowerCase();
      const content = el.attribs?.content?.replace(/\s+/g, ' ').trim();
      if (key && content) metas.set(key, [...(metas.get(key) ?? []), content]);
    } else if (el.name === 'title' && titleTag === undefined) titleTag = textContent(el);
    else if (el.name === 'link' && /\bcanonical\b/i.test(el.attribs?.rel ?? '')) canonical ??= el.attribs?.href;
  }
  const first = (...keys: string[]) => keys.map((k) => metas.get(k)?.[0]).find((v) => v !== undefined);
  const authors = metas.get('citation_author') ?? metas.get('dc.creator') ?? metas.get('author') ?? metas.get('article:author')?.filter((a) => !/^https?:/i.test(a));
  const date = first('citation_publication_date', 'citation_date', 'dc.date', 'article:published_time', 'date');
  const year = date ? Number(/\b(1[5-9]\d\d|20\d\d)\b/.exec(date)?.[1]) : NaN;
  const url = [canonical, first('og:url', 'citation_public_url')].find((u) => u !== undefined && /^https?:\/\//i.test(u));
  const title = first('citation_title', 'og:title', 'dc.title') ?? (titleTag || undefined);
  return {
    ...(title ? { title } : {}),
    ...(authors?.length ? { author: authors.join('; ') } : {}),
    ...(Number.isFinite(year) ? { year } : {}),
    ...(url ? { url } : {}),
  };
}

function firstHeading(root: HtmlNode): { title?: string } {
  for (const el of elements(root)) if (el.name === 'h1') return { title: textContent(el) };
  return {};
}
