/**
 * Escaping for the two text formats a comparison is exported to. Map text is user input:
 * in Markdown it must not open links, emphasis or raw HTML, nor break a table row; in CSV
 * it must not be taken for a formula by a spreadsheet.
 */

const LINE_BREAKS = /\r\n|[\r\n\u2028\u2029]/g;
// Punctuation that means something inline in CommonMark/GFM; a backslash makes each literal.
const MARKDOWN_ACTIVE = /[\\`*_[\]<>|&~]/g;

/** Text for inline Markdown (a heading, a list item): active characters escaped, line breaks as spaces. */
export function markdownInline(text: string): string {
  return text.replace(MARKDOWN_ACTIVE, '\\$&').replace(LINE_BREAKS, ' ');
}

/** Text for a GFM table cell: as inline, but line breaks become `<br>` so the row stays one line. */
export function markdownCell(text: string): string {
  return text.replace(MARKDOWN_ACTIVE, '\\$&').replace(/(?:\r\n|[\r\n\u2028\u2029])+/g, '<br>');
}

// A spreadsheet reads a cell starting with one of these as a formula (or strips it first).
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV field per RFC 4180 (quoted when it holds a quote, comma or line break; quotes
 * doubled). Text that a spreadsheet would run as a formula gets a leading apostrophe, as
 * OWASP advises, so "=HYPERLINK(...)" in a claim stays text. Numbers are written as they are.
 */
export function csvField(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const guarded = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
}

/** A CSV record: fields joined by commas, ended by CRLF as RFC 4180 says. */
export function csvRecord(fields: readonly (string | number)[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}
