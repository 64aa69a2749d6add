/** The largest text a user may add as a source: a long book is well under this. */
export const MAX_SOURCE_CHARS = 5_000_000;

export type ImportedText =
  | { readonly ok: true; readonly text: string; readonly notes: readonly string[] }
  | { readonly ok: false; readonly reason: string };

/**
 * Prepares a pasted or opened text to become a source. Line endings become LF (paragraphs
 * are split on blank lines, which CR would hide) and a byte-order mark is dropped; nothing
 * else is touched, so every later quote is the text exactly as it was given. Says what it
 * changed, and refuses what is not text.
 */
export function prepareSourceText(raw: string): ImportedText {
  const notes: string[] = [];
  let text = raw;
  if (text.startsWith('\uFEFF')) {
    text = text.slice(1);
    notes.push('A byte-order mark at the start was removed.');
  }
  if (text.includes('\r')) {
    text = text.replace(/\r\n?/g, '\n');
    notes.push('Windows or old Mac line endings were changed to plain line breaks.');
  }
  if (!text.trim()) return { ok: false, reason: 'The text is empty.' };
  if (text.length > MAX_SOURCE_CHARS) return { ok: false, reason: `The text is too long (${text.length.toLocaleString('en')} characters; at most ${MAX_SOURCE_CHARS.toLocaleString('en')}).` };
  if (text.includes('\u0000')) return { ok: false, reason: 'This looks like a binary file, not plain text.' };
  if (text.includes('\uFFFD')) notes.push('Some characters could not be read (the file may not be UTF-8); they show as �.');
  return { ok: true, text, notes };
}

/** A title for a text that has none: its first line, shortened. */
export function titleFromText(text: string, fallback = 'Untitled source'): string {
  const first = text.split('\n').find((line) => line.trim())?.trim() ?? '';
  if (!first) return fallback;
  return first.length > 80 ? `${first.slice(0, 79).replace(/\s+\S*$/, '')}…` : first;
}
