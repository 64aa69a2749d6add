/**
 * Maps typographic variants to plain ASCII one UTF-16 unit for one, so offsets in the
 * folded text are offsets in the original. Browsers, editors and copy-paste often swap
 * curly quotes, dashes and no-break spaces; such a quote is close but not verbatim.
 */
const FOLD: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u201b': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u201f': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2015': '-', '\u2212': '-',
  '\u00a0': ' ', '\u2007': ' ', '\u202f': ' ', '\u2009': ' ', '\u200a': ' ',
};
const FOLD_PATTERN = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'g');

export function foldTypography(s: string): string {
  return s.replace(FOLD_PATTERN, (c) => FOLD[c]!);
}

/** Typographic ligatures, as PDFs and some fonts store them, spelled out. */
export const LIGATURES: Readonly<Record<string, string>> = {
  '\ufb00': 'ff', '\ufb01': 'fi', '\ufb02': 'fl', '\ufb03': 'ffi', '\ufb04': 'ffl', '\ufb05': 'st', '\ufb06': 'st',
};
const LIGATURE_PATTERN = /[\ufb00-\ufb06]/g;

export function expandLigatures(s: string): string {
  return s.replace(LIGATURE_PATTERN, (c) => LIGATURES[c]!);
}

/** A text normalised for matching, with the UTF-16 index in the original of each of its units (and one past the end). */
export interface MatchText {
  readonly text: string;
  readonly origin: Uint32Array;
}

const isSpace = (c: string) => /\s/.test(c);
const isLower = (c: string | undefined) => c !== undefined && /\p{Ll}/u.test(c);
const isLetter = (c: string | undefined) => c !== undefined && /\p{L}/u.test(c);

/**
 * Normalises a text the way a quote copied from a PDF or a web page differs from it, so
 * the two can be matched: typography folded (quotes, dashes, no-break spaces), ligatures
 * spelled out, soft hyphens dropped, a word hyphenated at a line end ("revolu-\ntion")
 * joined, and every run of whitespace made one space. `origin` maps each unit back, so a
 * match found here is a range of the original.
 */
export function normalizeForMatch(s: string): MatchText {
  const out: string[] = [];
  const origin: number[] = [];
  const emit = (text: string, at: number) => {
    for (const unit of text) {
      out.push(unit);
      origin.push(at);
    }
  };
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '\u00ad') {
      // A soft hyphen: invisible inside a word, and at a line end the break goes too.
      while (i + 1 < s.length && isSpace(s[i + 1]!)) i++;
      continue;
    }
    const folded = FOLD[c] ?? c;
    if (folded === '-' && isLetter(out[out.length - 1])) {
      let j = i + 1;
      let breaks = false;
      while (j < s.length && isSpace(s[j]!)) {
        if (s[j] === '\n') breaks = true;
        j++;
      }
      if (j > i + 1 && isLower(s[j]) && (breaks || j === i + 2)) {
        // A word broken at a line end (or so copied, the break turned into a space): joined.
        i = j - 1;
        continue;
      }
    }
    if (isSpace(folded)) {
      if (out[out.length - 1] !== ' ') emit(' ', i);
      continue;
    }
    const lig = LIGATURES[c];
    if (lig) emit(lig, i);
    else if (c >= '\ud800' && c <= '\udbff' && i + 1 < s.length) {
      out.push(c, s[i + 1]!);
      origin.push(i, i + 1);
      i++;
    } else emit(folded, i);
  }
  origin.push(s.length);
  return { text: out.join(''), origin: Uint32Array.from(origin) };
}
