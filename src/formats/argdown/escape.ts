/**
 * Writing user text into Argdown so that @argdown/core reads back the same characters.
 * Argdown gives meaning to many characters inside a line: `#` tags, `*` and `_` emphasis,
 * `[` `]` and `<` `>` references and mentions, `{` `}` data, `//` and `/*` comments,
 * `===` front matter, and `.name.` or `:name:` shortcodes (`.A.` becomes ∀). Each is
 * escaped with a backslash, which Argdown removes. Text is kept on one line: Argdown ends a
 * statement at a line break, so line breaks become spaces (a quote's own line breaks are
 * restored from its source on import).
 */
export function escapeArgdown(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .trim()
    .replace(/[\\#*_[\]<>{}=]/g, '\\$&')
    .replace(/\/(?=[/*])/g, '\\/')
    .replace(/[.:](?=\S)/g, '\\$&');
}

/** A tag as Argdown writes it: `#word`, or `#(two words)`; undefined when it cannot be written (a `)` or a line break). */
export function argdownTag(tag: string): string | undefined {
  const clean = tag.trim();
  if (clean === '' || /[)\r\n]/.test(clean)) return undefined;
  return /^[A-Za-z0-9-]+$/.test(clean) ? `#${clean}` : `#(${clean})`;
}

/**
 * A statement or argument title Argdown can hold as written: one line without brackets,
 * not starting with `-` (Argdown would not read a reference to it) and not one of the
 * "Untitled N" names the parser gives statements without a title.
 */
export function isSafeTitle(title: string): boolean {
  return title === title.trim() && title !== '' && !/[[\]<>{}\r\n\\]/.test(title) && !title.startsWith('-') && !/^Untitled \d+$/.test(title) && !isPrototypeName(title);
}

/** @argdown/core keeps statements in a plain object keyed by title, so a title such as `toString` or `constructor` breaks it. */
function isPrototypeName(name: string): boolean {
  return name === '__proto__' || name in Object.prototype;
}

/** The title a node without a usable title of its own gets: its id (made safe for Argdown); the importer drops it again. */
export function idTitle(id: string): string {
  return isPrototypeName(id) ? `${id} (id)` : id;
}

/**
 * Data as Argdown reads it: YAML in braces at the end of a line. JSON is YAML, so the data is
 * written as JSON on one line, with the characters that could end Argdown's data token
 * early (`{`, `}`) or start front matter (`=`) escaped inside strings.
 */
export function argdownData(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value).replace(/[{}=]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (Array.isArray(value)) return `[${value.map(argdownData).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{${Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => `${argdownData(k)}:${argdownData(v)}`)
      .join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
