/**
 * Text as it may stand in XML: characters XML 1.0 forbids (control characters, lone surrogates,
 * U+FFFE/U+FFFF) removed, and the five with meaning in markup escaped. Everything from the map
 * reaches the picture through here, so map text can never become markup.
 */
export function xmlText(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Attributes from a record: names are the code's own, values escaped; undefined values left out. */
export function attrs(values: Readonly<Record<string, string | number | undefined>>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? round(v) : xmlText(v!)}"`)
    .join('');
}

/** Coordinates to two decimals: enough for a picture, and stable in tests. */
export function round(n: number): string {
  return String(Math.round(n * 100) / 100);
}

/** An element with escaped text content. */
export function textElement(name: string, attributes: Readonly<Record<string, string | number | undefined>>, text: string): string {
  return `<${name}${attrs(attributes)}>${xmlText(text)}</${name}>`;
}
