/**
 * Markdown escaping for text that comes from users or maps. Claim texts, notes and
 * titles are data, never markup: a claim that starts with `#` must not become a heading,
 * and `<script>` must not reach an HTML renderer. Characters that only matter at the
 * start of a line are escaped there; inline markup characters everywhere.
 */

// ASCII punctuation that can open inline markup: emphasis, code, links, raw HTML, tables, strikethrough.
const INLINE = /[\\`*_[\]<>|~]/g;
// An ampersand only matters where it would start a character reference such as &lt; or &#60;.
const ENTITY = /&(?=#?[A-Za-z0-9]+;)/g;

/** Escapes text for use inside a Markdown paragraph, heading or list item. */
export function escapeInline(text: string): string {
  return text.replace(INLINE, (c) => `\\${c}`).replace(ENTITY, '\\&');
}

/**
 * Escapes text that may start a line: each line of it is escaped inline and, where it
 * would open a block (heading, quote, list, rule, fence, table), its first character too.
 */
export function escapeBlock(text: string): string {
  return text
    .split('\n')
    .map((line) => guardLineStart(escapeInline(line)))
    .join('\n');
}

/** Escapes the first character of an already inline-escaped line where it would open a block. */
export function guardLineStart(line: string): string {
  const indent = /^ */.exec(line)![0];
  const rest = line.slice(indent.length);
  if (/^(#|>|[-+*=](\s|$)|[-=_*]{3,}\s*$|~~~)/.test(rest)) return `${indent}\\${rest}`;
  const ordered = /^(\d{1,9})([.)])(\s|$)/.exec(rest);
  if (ordered) return `${indent}${ordered[1]}\\${rest.slice(ordered[1]!.length)}`;
  return line;
}

const SAFE_SCHEMES = ['http:', 'https:', 'mailto:'];

/** The URL if it is absolute and uses http, https or mailto; anything else (javascript:, data:, relative) is refused. */
export function safeUrl(raw: string): string | undefined {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    return undefined;
  }
  return SAFE_SCHEMES.includes(url.protocol) ? url.href : undefined;
}

/** A Markdown link when the URL is safe; otherwise the label alone, as text. */
export function markdownLink(label: string, raw: string): string {
  const url = safeUrl(raw);
  if (!url) return escapeInline(label);
  // Parentheses and spaces would end the destination early; percent-encoding keeps the URL intact.
  const destination = url.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
  return `[${escapeInline(label)}](${destination})`;
}

/** Every line of a block prefixed for a block quote. */
export function blockQuote(text: string, indent = ''): string {
  return text
    .split('\n')
    .map((line) => `${indent}> ${line}`.trimEnd())
    .join('\n');
}
