import { foldTypography } from '../anchoring/typography';
import { paragraphAt, type Paragraph } from '../text/paragraphs';
import type { SourceText } from '../text/sourceText';

export interface SearchHit {
  /** Code-point range of the match in the source. */
  readonly start: number;
  readonly end: number;
  /** The paragraph the match starts in (1-based), for the reader's numbering and outlines. */
  readonly paragraph: number;
}

export interface ParsedQuery {
  /** Runs of text that must occur as written (quoted in the query), folded. */
  readonly phrases: readonly string[];
  /** Single words that must all occur in the same paragraph, folded. */
  readonly terms: readonly string[];
}

/**
 * Folds case, diacritics and typography so that `marx's`, `Marx’s` and `MARX'S` meet, while
 * keeping one UTF-16 unit per unit of the original (NFD would split characters and shift
 * offsets, so diacritics are stripped one character at a time).
 */
export function foldForSearch(s: string): string {
  let out = '';
  for (const ch of foldTypography(s)) {
    let lower = ch.toLowerCase();
    if (lower.length !== ch.length) lower = ch;
    const base = lower.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
    out += base.length === ch.length ? base : lower;
  }
  return out;
}

const foldCache = new Map<string, string>();

/** The folded form of a whole source, kept for the few sources in use: a search runs per keystroke. */
function foldedText(text: string): string {
  let folded = foldCache.get(text);
  if (folded === undefined) {
    folded = foldForSearch(text);
    if (foldCache.size >= 4) foldCache.delete(foldCache.keys().next().value!);
    foldCache.set(text, folded);
  }
  return folded;
}

/** `"permanent revolution" Trotsky` → one phrase and one term. */
export function parseQuery(query: string): ParsedQuery {
  const phrases: string[] = [];
  const rest = query.replace(/"([^"]+)"|“([^”]+)”/g, (_, a: string | undefined, b: string | undefined) => {
    const phrase = foldForSearch((a ?? b ?? '').trim());
    if (phrase) phrases.push(phrase);
    return ' ';
  });
  const terms = foldForSearch(rest)
    .split(/[^\p{L}\p{N}'-]+/u)
    .map((t) => t.replace(/^['-]+|['-]+$/g, ''))
    .filter((t) => t.length > 0);
  return { phrases, terms };
}

/**
 * Full-text and phrase search over a source. A paragraph matches when it contains every
 * phrase and every term (terms match at word starts, so "rev" finds "revolution" but not
 * "irreverent"); the hits are the places of each phrase and term in matching paragraphs.
 */
export function searchSource(source: SourceText, paragraphs: readonly Paragraph[], query: string, limit = 500): SearchHit[] {
  const { phrases, terms } = parseQuery(query);
  if (phrases.length === 0 && terms.length === 0) return [];
  const folded = foldedText(source.text);
  const hits: SearchHit[] = [];
  for (const p of paragraphs) {
    const from = source.toUnit(p.start);
    const to = source.toUnit(p.end);
    const text = folded.slice(from, to);
    const found: { start: number; end: number }[] = [];
    let all = true;
    for (const phrase of phrases) {
      const at = occurrences(text, phrase, false);
      if (at.length === 0) all = false;
      found.push(...at.map((i) => ({ start: i, end: i + phrase.length })));
    }
    for (const term of terms) {
      const at = occurrences(text, term, true);
      if (at.length === 0) all = false;
      found.push(...at.map((i) => ({ start: i, end: i + term.length })));
    }
    if (!all) continue;
    found.sort((a, b) => a.start - b.start);
    for (const f of found) {
      hits.push({ start: source.toCodePoint(from + f.start), end: source.toCodePoint(from + f.end), paragraph: p.number });
      if (hits.length >= limit) return hits;
    }
  }
  return hits;
}

function occurrences(text: string, needle: string, wordStart: boolean): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(needle); i !== -1; i = text.indexOf(needle, i + 1)) {
    if (!wordStart || i === 0 || !/[\p{L}\p{N}]/u.test(text[i - 1]!)) out.push(i);
  }
  return out;
}

/** The paragraph numbers that have at least one hit, in order. */
export function paragraphsWithHits(hits: readonly SearchHit[]): number[] {
  return [...new Set(hits.map((h) => h.paragraph))];
}

/** Search hits grouped by paragraph, in order, with the index of each group's first hit. */
export function hitsByParagraph(hits: readonly SearchHit[]): { paragraph: number; first: number; hits: SearchHit[] }[] {
  const out: { paragraph: number; first: number; hits: SearchHit[] }[] = [];
  hits.forEach((h, i) => {
    const last = out.at(-1);
    if (last?.paragraph === h.paragraph) last.hits.push(h);
    else out.push({ paragraph: h.paragraph, first: i, hits: [h] });
  });
  return out;
}

export interface Snippet {
  readonly before: string;
  readonly match: string;
  readonly after: string;
}

/**
 * A few words either side of a hit, cut at word boundaries within its paragraph, with an
 * ellipsis where the paragraph goes on: the line a result list shows.
 */
export function snippetOf(source: SourceText, paragraph: Paragraph, hit: Pick<SearchHit, 'start' | 'end'>, radius = 48): Snippet {
  const from = Math.max(paragraph.start, hit.start - radius);
  const to = Math.min(paragraph.end, hit.end + radius);
  let before = source.slice(from, hit.start);
  let after = source.slice(hit.end, to);
  // Drop a word cut in half at either end.
  if (from > paragraph.start) before = `…${/\s/.test(source.slice(from - 1, from)) ? before : before.replace(/^\S*\s*/u, '')}`;
  if (to < paragraph.end) after = `${/\s/.test(source.slice(to, to + 1)) ? after : after.replace(/\s*\S*$/u, '')}…`;
  return { before: before.replace(/\s+/g, ' '), match: source.slice(hit.start, hit.end), after: after.replace(/\s+/g, ' ') };
}

export { paragraphAt };
