/** Characters XML 1.0 forbids: control characters, lone surrogates, U+FFFE and U+FFFF. */
const XML_ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Text with the characters XML cannot hold removed: map text bound for any XML file (SVG, Word). */
export function xmlSafe(text: string): string {
  return text.replace(XML_ILLEGAL, '');
}

/**
 * Text as it may stand in XML content or an attribute: made safe, and the five characters with
 * meaning in markup escaped, so map text can never become markup.
 */
export function xmlText(text: string): string {
  return xmlSafe(text).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
