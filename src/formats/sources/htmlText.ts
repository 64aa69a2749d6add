import { parseDocument } from 'htmlparser2';

/** The parts of a parsed page this module reads (htmlparser2's DOM, structurally). */
export interface HtmlNode {
  readonly type: string;
  readonly name?: string;
  readonly attribs?: Readonly<Record<string, string>>;
  readonly children?: readonly HtmlNode[];
  readonly data?: string;
}

/** Never the article's text: code, styling, navigation, forms, embedded objects. */
const SKIPPED = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link', 'base',
  'nav', 'aside', 'footer', 'form', 'button', 'select', 'textarea', 'input', 'label', 'option',
  'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'canvas', 'svg', 'math', 'video', 'audio', 'picture', 'img', 'map', 'dialog',
]);

/** Elements that stand as paragraphs of their own. */
const BLOCKS = new Set([
  'address', 'article', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'html', 'li', 'main', 'ol', 'p',
  'pre', 'section', 'summary', 'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul',
]);

/** What a page held that is not text and was dropped, for the note the user sees. */
export interface DroppedMarkup {
  scripts: number;
  styles: number;
  forms: number;
  frames: number;
  /** onclick= and the like, and javascript: links. */
  handlers: number;
}

export function parseHtml(html: string): HtmlNode {
  return parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true }) as unknown as HtmlNode;
}

const hidden = (node: HtmlNode) => node.attribs !== undefined && ('hidden' in node.attribs || node.attribs['aria-hidden'] === 'true');

/**
 * The text of an element as paragraphs: blocks (paragraphs, headings, list items, quotes)
 * each a paragraph, inline text with its whitespace collapsed as a browser shows it (runs
 * of ASCII whitespace; a no-break space stays),
 * `<br>` a line break inside its paragraph, `<pre>` as written. Scripts, styles,
 * navigation, forms and hidden elements give nothing.
 */
export function htmlParagraphs(root: HtmlNode, options: { keepHeader: boolean }): string[] {
  const paragraphs: string[] = [];
  let current = '';
  let pre = 0;
  const close = () => {
    const text = current.trim();
    if (text) paragraphs.push(text);
    current = '';
  };
  // Iterative, not recursive: a hostile page may nest elements deeper than the call stack goes.
  const stack: (HtmlNode | { readonly exit: string })[] = [root];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if ('exit' in item) {
      if (item.exit === 'pre') pre--;
      if (BLOCKS.has(item.exit)) close();
      continue;
    }
    const node = item;
    if (node.type === 'text') {
      const data = node.data ?? '';
      current += pre > 0 ? data : data.replace(/[ \t\n\f\r]+/g, ' ').replace(/^ /, /[ \n]$/.test(current) || current === '' ? '' : ' ');
      continue;
    }
    if (node.type !== 'tag' && node.type !== 'root' && node.type !== 'cdata') continue;
    const name = node.name ?? '';
    if (SKIPPED.has(name) || (name === 'header' && !options.keepHeader) || hidden(node)) continue;
    if (name === 'br') {
      current = `${current.trimEnd()}\n`;
      continue;
    }
    if ((name === 'td' || name === 'th') && current && !/\s$/.test(current)) current += ' ';
    if (BLOCKS.has(name)) close();
    if (name === 'pre') pre++;
    stack.push({ exit: name });
    if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  close();
  return paragraphs;
}

/** Walks every element, depth first, without recursion (a page may nest thousands deep). */
export function* elements(root: HtmlNode): Generator<HtmlNode> {
  const stack: HtmlNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'tag' || node.type === 'script' || node.type === 'style') yield node;
    if (node.children) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
}

/** Counts what will not be read: scripts, styles, forms, frames and event handlers. */
export function droppedMarkup(root: HtmlNode): DroppedMarkup {
  const dropped: DroppedMarkup = { scripts: 0, styles: 0, forms: 0, frames: 0, handlers: 0 };
  for (const el of elements(root)) {
    const name = el.name ?? '';
    if (name === 'script' || name === 'noscript') dropped.scripts++;
    else if (name === 'style' || (name === 'link' && /stylesheet/i.test(el.attribs?.rel ?? ''))) dropped.styles++;
    else if (name === 'form') dropped.forms++;
    else if (name === 'iframe' || name === 'frame' || name === 'object' || name === 'embed') dropped.frames++;
    for (const [attr, value] of Object.entries(el.attribs ?? {})) {
      if (attr.startsWith('on') || /^\s*javascript:/i.test(value)) dropped.handlers++;
    }
  }
  return dropped;
}

/** Every text inside an element, joined, whitespace collapsed (for titles and headings). */
export function textContent(node: HtmlNode): string {
  let out = '';
  const stack: HtmlNode[] = [node];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (n.type === 'text') out += n.data ?? '';
    else if (n.type === 'tag' || n.type === 'root' || n.type === 'cdata') {
      if (n.children) for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
    }
  }
  return out.replace(/[ \t\n\f\r]+/g, ' ').trim();
}
