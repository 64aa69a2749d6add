/**
 * The identifiers two records of one work share, written one way: what deduplication compares.
 * Each returns undefined (or nothing) for text that is no identifier of its kind.
 */

/** A DOI in lower case without its resolver or `doi:` prefix: `10.1007/978-1-349-25024-0`. */
export function normalizeDoi(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const bare = value
    .trim()
    .replace(/^(?:https?:\/\/)?(?:dx\.)?doi\.org\//i, '')
    .replace(/^doi:\s*/i, '')
    .toLowerCase();
  return /^10\.\d{4,9}\/\S+$/.test(bare) ? bare : undefined;
}

function isbn13CheckDigit(first12: string): string {
  const sum = [...first12].reduce((acc, d, i) => acc + Number(d) * (i % 2 === 0 ? 1 : 3), 0);
  return String((10 - (sum % 10)) % 10);
}

/**
 * Every ISBN in a field (one may hold several, with "(hbk)" or "ISBN-13:" beside them), each as
 * its 13 digits, so an ISBN-10 and the ISBN-13 of the same book compare equal.
 */
export function normalizeIsbns(value: string | undefined): string[] {
  if (!value) return [];
  const out = new Set<string>();
  // ISBNs are printed with hyphens; anything else (spaces, commas, "(hbk)", "ISBN-13:") separates them.
  for (const token of value.split(/[^\dXx-]+/)) {
    const digits = token.replace(/-/g, '').toUpperCase();
    if (/^97[89]\d{10}$/.test(digits)) out.add(digits);
    else if (/^\d{9}[\dX]$/.test(digits)) {
      const first12 = `978${digits.slice(0, 9)}`;
      out.add(first12 + isbn13CheckDigit(first12));
    }
  }
  return [...out];
}

/** A title as compared: no accents, case, punctuation or spacing differences ("A People’s Tragedy" = "a peoples tragedy"). */
export function normalizeTitle(value: string | undefined): string {
  if (!value) return '';
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/<[^>]*>/g, '')
    .replace(/[’'‘`]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The title before its subtitle ("Lenin Rediscovered: What Is to Be Done? in Context" → "lenin rediscovered"). */
export function normalizeMainTitle(value: string | undefined): string {
  return normalizeTitle(value?.split(/[:.?!]\s/)[0]);
}
