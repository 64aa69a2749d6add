import { problem, type Problem } from '../../domain/errors';
import type { Reference } from '../../domain/schema/reference';
import type { ImportResult, ReferenceImporter } from '../registry/types';
import { entryName, NON_ENTRY_TYPES, splitEntries, type EntryChunk } from './bibtexEntries';
import { loadCitationJs, parseAs, type CitationJsInput } from './citationJs';
import { finishImport } from './finish';
import type { RawItem } from './normalize';

type Dialect = 'bibtex' | 'biblatex';

interface RawEntry {
  readonly type: string;
  readonly label: string;
  readonly properties: Readonly<Record<string, unknown>>;
}

/** Fields and entry types only BibLaTeX has: the BibTeX mapping drops them, so their presence says which dialect a file is. */
const BIBLATEX_FIELDS = ['date', 'journaltitle', 'location', 'urldate', 'eventdate', 'origdate', 'subtitle', 'titleaddon', 'maintitle', 'eprint', 'eprinttype'];
const BIBLATEX_SIGNS = new RegExp(`^\\s*(?:(?:${BIBLATEX_FIELDS.join('|')})\\s*=|@\\s*(?:online|thesis|mvbook|collection|dataset|software)\\s*[{(])`, 'im');
const LOOKS_LIKE_BIBTEX = /^\s*@\s*[A-Za-z]+\s*[{(]\s*[^\s,{}()]*\s*,/m;

/** The first line of a parser's message, with its line number moved from the block to the file. */
function parserMessage(e: unknown, lineOffset: number): string {
  const first = (e instanceof Error ? e.message : String(e)).split('\n')[0]!.trim();
  return first.replace(/at line (\d+) col (\d+):?$/, (_m, line: string, col: string) => `at line ${Number(line) + lineOffset}:${col}`);
}

/**
 * Names every block that cannot be read: each is parsed on its own, after the @string
 * definitions above it (so their macros resolve), and its error located in the file.
 */
function unreadableEntries(input: CitationJsInput, chunks: readonly EntryChunk[], whole: unknown): Problem[] {
  const problems: Problem[] = [];
  const strings: EntryChunk[] = [];
  for (const chunk of chunks) {
    const prelude = strings.map((s) => s.text).join('\n');
    const preludeLines = prelude ? prelude.split('\n').length : 0;
    try {
      parseAs(input, prelude ? `${prelude}\n${chunk.text}` : chunk.text, '@biblatex/text');
    } catch (e) {
      problems.push(problem('REFERENCES_UNREADABLE', `line ${chunk.line}`, `${entryName(chunk)} cannot be read: ${parserMessage(e, chunk.line - 1 - preludeLines)}`, chunk.key ? { recordId: chunk.key } : {}));
      continue;
    }
    if (chunk.type === 'string') strings.push(chunk);
  }
  if (problems.length > 0) return problems;
  // Each block reads on its own but the file does not (text between blocks, a value spanning a cut): say where the parser stopped.
  const at = /at line (\d+)/.exec(whole instanceof Error ? whole.message : String(whole));
  return [problem('REFERENCES_UNREADABLE', at ? `line ${at[1]}` : '$', `the file cannot be read: ${parserMessage(whole, 0)}`)];
}

/** Citation.js's entries of a readable file, as items located by their blocks. */
function locate(entries: readonly RawEntry[], chunks: readonly EntryChunk[]): { entry: RawEntry; chunk: EntryChunk | undefined }[] {
  const unused = chunks.filter((c) => !NON_ENTRY_TYPES.has(c.type));
  return entries.map((entry, i) => {
    const byKey = unused.findIndex((c) => c.key === entry.label);
    const index = byKey >= 0 ? byKey : Math.min(i, unused.length - 1);
    const chunk = index >= 0 ? unused.splice(index, 1)[0] : undefined;
    return { entry, chunk };
  });
}

async function parseBib(text: string, dialect: Dialect): Promise<ImportResult<readonly Reference[]>> {
  const input = await loadCitationJs();
  const chunks = splitEntries(text);
  let entries: RawEntry[];
  try {
    entries = parseAs(input, text, `@${dialect}/text`) as RawEntry[];
  } catch (e) {
    return { ok: false, problems: unreadableEntries(input, chunks, e) };
  }
  const located = locate(entries, chunks);
  const converted = convertEntries(input, located.map((l) => l.entry), dialect);
  const problems: Problem[] = [];
  const items: RawItem[] = [];
  located.forEach(({ entry, chunk }, i) => {
    const at = chunk ? `line ${chunk.line}` : '$';
    const name = chunk ? entryName(chunk) : `entry "${entry.label}"`;
    const csl = converted[i]!;
    if (csl instanceof Error) {
      problems.push(problem('REFERENCES_UNREADABLE', at, `${name} cannot be read: ${parserMessage(csl, 0)}`, { recordId: entry.label }));
      return;
    }
    if (dialect === 'bibtex') problems.push(...biblatexFieldsDropped(entry, at, name));
    items.push({ value: csl, at, json: false, name });
  });
  return finishImport(items, problems, dialect === 'bibtex' ? 'BibTeX' : 'BibLaTeX');
}

/**
 * Each entry as CSL-JSON, or the error it raised. The whole list is mapped at once, so
 * cross-references between entries resolve; only if that fails is each mapped alone to find
 * the entries at fault.
 */
function convertEntries(input: CitationJsInput, entries: readonly RawEntry[], dialect: Dialect): (unknown | Error)[] {
  try {
    const all = parseAs(input, entries, `@${dialect}/entries+list`) as unknown[];
    if (all.length === entries.length) return all;
  } catch {
    // Found below, entry by entry.
  }
  return entries.map((entry) => {
    try {
      return (parseAs(input, [entry], `@${dialect}/entries+list`) as unknown[])[0];
    } catch (e) {
      return e instanceof Error ? e : new Error(String(e));
    }
  });
}

/** BibLaTeX fields the BibTeX mapping ignores: said, so a user knows to read the file as BibLaTeX. */
function biblatexFieldsDropped(entry: RawEntry, at: string, name: string): Problem[] {
  const fields = Object.keys(entry.properties).filter((f) => BIBLATEX_FIELDS.includes(f.toLowerCase()));
  return fields.map((f) => problem('REFERENCE_FIELD_DROPPED', at, `${name}: "${f}" is a BibLaTeX field, which BibTeX does not have; import the file as BibLaTeX (--from biblatex) to keep it`));
}

function bibImporter(dialect: Dialect): ReferenceImporter {
  const biblatex = dialect === 'biblatex';
  return {
    id: dialect,
    label: biblatex ? 'BibLaTeX' : 'BibTeX',
    extensions: ['.bib'],
    detect: (text) => LOOKS_LIKE_BIBTEX.test(text) && BIBLATEX_SIGNS.test(text) === biblatex,
    parse: (text) => parseBib(text, dialect),
  };
}

export const bibtexImporter = bibImporter('bibtex');
export const biblatexImporter = bibImporter('biblatex');
