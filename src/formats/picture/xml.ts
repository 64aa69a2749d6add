import { xmlText } from '../xmlText';

export { xmlText };

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
