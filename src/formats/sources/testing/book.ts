/**
 * Sets real paragraphs in lines as a printed book would, for PDF tests: lines of about
 * `width` characters, long lower-case words hyphenated at a line end, and "fi"/"fl"
 * printed as ligatures. Reading the PDF back must give the paragraphs exactly.
 */
export interface SetOptions {
  readonly width?: number;
  readonly hyphenate?: boolean;
  readonly ligatures?: boolean;
}

export function setLines(paragraph: string, options: SetOptions = {}): string[] {
  const width = options.width ?? 80;
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (!line) {
      line = word;
      continue;
    }
    if (line.length + 1 + word.length <= width) {
      line += ` ${word}`;
      continue;
    }
    // Hyphenate only plain lower-case words, so joining them again is unambiguous.
    const room = width - line.length - 2;
    const plain = /^[a-z]+[,.;:]?$/.test(word) && word.length >= 8;
    if (options.hyphenate && plain && room >= 3 && word.replace(/[,.;:]$/, '').length - room >= 3) {
      lines.push(`${line} ${word.slice(0, room)}-`);
      line = word.slice(room);
    } else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return options.ligatures ? lines.map((l) => l.replace(/fi/g, '\ufb01').replace(/fl/g, '\ufb02')) : lines;
}
