/**
 * Text laid out without a browser: widths are estimated from character classes of a sans-serif
 * (or serif italic) face, on the generous side, and every card also clips its text, so an
 * estimate that is off never spills out of a card.
 */

/** Width of a character in ems, by class; wide enough for system-ui, Arial and Georgia italic. */
function classify(c: string): number {
  if (/[ il.,:;'!|’‘]/.test(c)) return 0.3;
  if (/[fjrt()[\]\-“”"]/.test(c)) return 0.38;
  if (/[mwMW@%]/.test(c)) return 0.9;
  if (/[A-Z]/.test(c)) return 0.7;
  if (/[\u0300-\u036f\u200b-\u200d]/.test(c)) return 0;
  // CJK and other wide scripts take a full em.
  if (/[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60]/u.test(c)) return 1;
  return 0.58;
}

/** Widths looked up once per character: a large map's picture measures millions of them. */
const widths = new Map<string, number>();
function charWidth(c: string): number {
  let w = widths.get(c);
  if (w === undefined) {
    w = classify(c);
    if (widths.size < 4096) widths.set(c, w);
  }
  return w;
}

export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const c of text) ems += charWidth(c);
  return ems * fontSize;
}

/** Cuts text to fit a width, ending with an ellipsis when anything was cut. */
export function clipLine(text: string, width: number, fontSize: number): string {
  if (textWidth(text, fontSize) <= width) return text;
  const budget = width - textWidth('…', fontSize);
  let used = 0;
  let out = '';
  for (const c of text) {
    used += charWidth(c) * fontSize;
    if (used > budget) break;
    out += c;
  }
  return `${out.trimEnd()}…`;
}

/**
 * Wraps text into at most `maxLines` lines of `width`, breaking at spaces (and inside words
 * longer than a line), the last line ending in an ellipsis when text was left out.
 */
export function wrapLines(text: string, width: number, fontSize: number, maxLines: number): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);
  const lines: string[] = [];
  let line = '';
  let cut = false;
  for (let i = 0; i < words.length; i++) {
    let word = words[i]!;
    const candidate = line ? `${line} ${word}` : word;
    if (textWidth(candidate, fontSize) <= width) {
      line = candidate;
      continue;
    }
    if (line) {
      lines.push(line);
      line = '';
      if (lines.length === maxLines) {
        cut = true;
        break;
      }
    }
    // A word wider than the line is broken where it runs out.
    while (textWidth(word, fontSize) > width) {
      const head = clipLine(word, width, fontSize).replace(/…$/, '');
      const piece = head.length > 0 ? head : [...word][0]!;
      lines.push(piece);
      word = word.slice(piece.length);
      if (lines.length === maxLines) {
        cut = true;
        break;
      }
    }
    if (cut) break;
    line = word;
  }
  if (!cut && line) {
    if (lines.length < maxLines) lines.push(line);
    else cut = true;
  }
  if (cut && lines.length > 0) lines[lines.length - 1] = clipLine(`${lines[lines.length - 1]!}…`, width, fontSize).replace(/……$/, '…');
  return lines;
}
