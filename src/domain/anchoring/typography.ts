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
