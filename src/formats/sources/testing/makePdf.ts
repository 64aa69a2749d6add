/**
 * A tiny PDF writer for tests: hand-written PDF syntax (uncompressed content streams, one
 * standard font) so tests can make exactly the PDFs they need, of any length, without
 * committing binaries. Not for production: no fonts embedded, Windows-1252 text only,
 * plus the fi and fl ligature glyphs.
 */
export interface PdfLine {
  readonly text: string;
  /** Baseline, in points from the bottom of a 612 x 792 page. */
  readonly y: number;
  readonly x?: number;
  readonly size?: number;
}

export interface PdfPage {
  readonly lines: readonly PdfLine[];
  /** Draws a grey box: a page that has marks but no text, as a scan has. */
  readonly box?: boolean;
}

export interface MakePdfOptions {
  readonly pages: readonly PdfPage[];
  /** A /PageLabels number tree, e.g. `[0 << /S /r >> 2 << /S /D /St 41 >>]`. */
  readonly pageLabels?: string;
  readonly title?: string;
  readonly author?: string;
  /** Writes a standard-security /Encrypt dictionary whose user password is not empty. */
  readonly encrypted?: boolean;
}

/**
 * Codes for characters beyond Latin-1: WinAnsiEncoding's curly quotes, dashes and
 * ellipsis, and the ligature glyphs reached through /Differences, so the text layer holds
 * a real ligature.
 */
const CODES: Record<string, number> = {
  '\u2018': 0x91, '\u2019': 0x92, '\u201c': 0x93, '\u201d': 0x94, '\u2013': 0x96, '\u2014': 0x97, '\u2026': 0x85,
  '\ufb01': 0xae, '\ufb02': 0xaf,
};

function pdfString(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = CODES[ch] ?? ch.codePointAt(0)!;
    if (code > 0xff) throw new Error(`makePdf writes Windows-1252 text only, not ${JSON.stringify(ch)}`);
    if (ch === '(' || ch === ')' || ch === '\\') out += `\\${ch}`;
    else if (code < 0x20 || code > 0x7e) out += `\\${code.toString(8).padStart(3, '0')}`;
    else out += ch;
  }
  return `(${out})`;
}

function contentStream(page: PdfPage): string {
  const ops = page.lines.map((l) => `BT /F1 ${l.size ?? 11} Tf ${l.x ?? 72} ${l.y} Td ${pdfString(l.text)} Tj ET`);
  if (page.box) ops.push('0.5 g 72 200 468 400 re f');
  return ops.join('\n');
}

const hex = (n: number, seed: number) => Array.from({ length: n }, (_, i) => ((i * 37 + seed) & 0xff).toString(16).padStart(2, '0')).join('');

export function makePdf(options: MakePdfOptions): Uint8Array {
  const objects: string[] = [];
  // push returns the new length, which is the object's number (objects count from 1).
  const add = (body: string) => objects.push(body);
  const catalog = add('');
  const pagesRoot = add('');
  const font = add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [174 /fi /fl] >> >>');
  const kids = options.pages.map((page) => {
    const stream = contentStream(page);
    const content = add(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
    return add(`<< /Type /Page /Parent ${pagesRoot} 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`);
  });
  objects[pagesRoot - 1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  objects[catalog - 1] = `<< /Type /Catalog /Pages ${pagesRoot} 0 R${options.pageLabels ? ` /PageLabels << /Nums ${options.pageLabels} >>` : ''} >>`;
  const info = options.title || options.author
    ? add(`<< ${options.title ? `/Title ${pdfString(options.title)} ` : ''}${options.author ? `/Author ${pdfString(options.author)}` : ''} >>`)
    : undefined;
  const encrypt = options.encrypted ? add(`<< /Filter /Standard /V 1 /R 2 /Length 40 /O <${hex(32, 1)}> /U <${hex(32, 2)}> /P -44 >>`) : undefined;

  let out = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) out += `${String(o).padStart(10, '0')} 00000 n \n`;
  const trailer = [`/Size ${objects.length + 1}`, `/Root ${catalog} 0 R`];
  if (info) trailer.push(`/Info ${info} 0 R`);
  if (encrypt) trailer.push(`/Encrypt ${encrypt} 0 R`, `/ID [<${hex(16, 3)}> <${hex(16, 4)}>]`);
  out += `trailer\n<< ${trailer.join(' ')} >>\nstartxref\n${xref}\n%%EOF\n`;
  // Every character is below 256 (pdfString saw to that), so one char is one byte.
  return Uint8Array.from(out, (c) => c.charCodeAt(0));
}

export interface TypesetOptions {
  /** Lines of body text on a page (default 40). */
  readonly linesPerPage?: number;
  /** Points between baselines (default 14); a paragraph break adds one more line's worth. */
  readonly leading?: number;
  /** Prints the page's number at its foot, as books do. */
  readonly folios?: readonly string[];
}

/**
 * Sets pre-broken lines on pages: each paragraph is a list of lines (a line ending in "-"
 * is a word hyphenated at the line end); paragraphs are set apart by a blank line's
 * height. A paragraph runs on to the next page when the page is full.
 */
export function typeset(paragraphs: readonly (readonly string[])[], options: TypesetOptions = {}): PdfPage[] {
  const perPage = options.linesPerPage ?? 40;
  const leading = options.leading ?? 14;
  const pages: PdfLine[][] = [[]];
  let slot = 0;
  const place = (text: string) => {
    if (slot >= perPage) {
      pages.push([]);
      slot = 0;
    }
    pages[pages.length - 1]!.push({ text, y: 740 - slot * leading });
    slot++;
  };
  paragraphs.forEach((lines, i) => {
    if (i > 0 && slot > 0) slot++;
    lines.forEach(place);
  });
  return pages.map((lines, i) => {
    const folio = options.folios?.[i];
    return { lines: folio === undefined ? lines : [...lines, { text: folio, y: 40, x: 300 }] };
  });
}
