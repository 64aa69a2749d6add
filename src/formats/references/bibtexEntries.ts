/** One `@type{key, …}` block of a BibTeX file, where it starts. */
export interface EntryChunk {
  /** Lower case: `book`, `string`, `comment`… */
  readonly type: string;
  /** The citation key as written (empty for @string, @preamble, @comment or a missing key). */
  readonly key: string;
  /** 1-based line of the `@`. */
  readonly line: number;
  readonly text: string;
}

const ENTRY_START = /^[ \t]*@[ \t]*([A-Za-z]+)[ \t]*[{(][ \t]*([^,\s{}()]*)/;

/** Blocks that define or comment rather than cite. */
export const NON_ENTRY_TYPES: ReadonlySet<string> = new Set(['string', 'preamble', 'comment']);

/**
 * Cuts a BibTeX file at each line that opens an entry, so a block that cannot be read can be
 * named by its line and key, and the rest of the file still be checked. (BibTeX lets a value run
 * over a line that starts with `@`; no reference manager writes one, and such a file still parses
 * whole: the cut is used only to find what failed.)
 */
export function splitEntries(text: string): EntryChunk[] {
  const lines = text.split(/\r\n|\r|\n/);
  const chunks: EntryChunk[] = [];
  let current: { type: string; key: string; line: number; lines: string[] } | undefined;
  lines.forEach((line, i) => {
    const start = ENTRY_START.exec(line);
    if (start) {
      if (current) chunks.push(finish(current));
      const type = start[1]!.toLowerCase();
      current = { type, key: NON_ENTRY_TYPES.has(type) ? '' : start[2]!, line: i + 1, lines: [line] };
    } else current?.lines.push(line);
  });
  if (current) chunks.push(finish(current));
  return chunks;
}

function finish(c: { type: string; key: string; line: number; lines: string[] }): EntryChunk {
  return { type: c.type, key: c.key, line: c.line, text: c.lines.join('\n') };
}

/** How a message names an entry: `entry "lih2006" (line 12)`, or `@string (line 3)`. */
export function entryName(chunk: EntryChunk): string {
  if (NON_ENTRY_TYPES.has(chunk.type)) return `@${chunk.type} (line ${chunk.line})`;
  return chunk.key ? `entry "${chunk.key}" (line ${chunk.line})` : `the @${chunk.type} entry at line ${chunk.line}`;
}
