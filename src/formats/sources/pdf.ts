import type * as PdfJsModule from 'pdfjs-dist';
import { problem, type Problem } from '../../domain/errors';
import { finalTextProblem } from './decode';
import { sizeProblem } from './limits';
import { PagedTextBuilder } from './pagedText';
import { linesOf, paragraphsOf, type PdfTextRun } from './pdfLayout';
import type { ExtractResult, ProgressListener } from './types';

/** The part of pdf.js this module uses; Node passes the legacy build, the browser the modern one. */
export type PdfJs = Pick<typeof PdfJsModule, 'getDocument'>;

export interface PdfExtractOptions {
  /** Called after each page: `done` pages of `total`. */
  readonly onProgress?: ProgressListener;
  /** Stops between pages; the promise then rejects with the signal's reason. */
  readonly signal?: AbortSignal;
}

type PdfDocument = Awaited<ReturnType<PdfJs['getDocument']>['promise']>;

/**
 * A PDF as a source, page by page: each page's text runs grouped into lines and
 * paragraphs (see pdfLayout), the pages joined (see PagedTextBuilder) with every page's
 * start kept, and labelled as the PDF labels them ("xii", "41") or else by number. A PDF
 * without any text (a scan), protected by a password, damaged or empty is refused with its
 * own code; pages without text in an otherwise readable PDF are named in a warning.
 */
export async function extractPdfWith(pdfjs: PdfJs, name: string, bytes: Uint8Array, options: PdfExtractOptions = {}): Promise<ExtractResult> {
  const tooLarge = sizeProblem(name, bytes.byteLength);
  if (tooLarge) return refuse(tooLarge);
  if (bytes.byteLength === 0) return refuse(problem('SOURCE_EMPTY', '$', `${name} is empty (0 bytes)`));

  let doc: PdfDocument;
  try {
    // pdf.js takes the buffer over (it detaches it), so it gets a copy and the caller keeps its bytes.
    doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
  } catch (e) {
    return refuse(openProblem(name, e));
  }
  try {
    return await readPages(doc, name, options);
  } finally {
    await doc.destroy();
  }
}

async function readPages(doc: PdfDocument, name: string, options: PdfExtractOptions): Promise<ExtractResult> {
  const total = doc.numPages;
  if (total === 0) return refuse(problem('SOURCE_EMPTY', '$', `${name} has no pages`));
  const labels = await doc.getPageLabels().catch(() => null);
  const builder = new PagedTextBuilder();
  const withoutText: string[] = [];
  const unreadable: string[] = [];
  for (let n = 1; n <= total; n++) {
    options.signal?.throwIfAborted();
    const label = labels?.[n - 1]?.trim() || String(n);
    let runs: PdfTextRun[] = [];
    let failed = false;
    try {
      const page = await doc.getPage(n);
      const content = await page.getTextContent({ disableNormalization: true });
      runs = content.items.flatMap((item) =>
        'str' in item ? [{ str: item.str, x: item.transform[4] as number, y: item.transform[5] as number, width: item.width, height: item.height, hasEOL: item.hasEOL }] : [],
      );
      page.cleanup();
    } catch {
      failed = true;
      unreadable.push(label);
    }
    const paragraphs = paragraphsOf(linesOf(runs));
    if (paragraphs.length === 0 && !failed) withoutText.push(label);
    builder.addPage(label, paragraphs);
    options.onProgress?.({ done: n, total });
  }
  const { text, pages } = builder.finish();
  if (unreadable.length === total) return refuse(problem('PDF_CORRUPT', '$', `${name}: none of its ${total} pages could be read; the file is damaged`));
  if (!text.trim()) {
    return refuse(problem('PDF_NO_TEXT', '$', `${name} has no text layer on any of its ${total} ${total === 1 ? 'page' : 'pages'}: it is a scan or images. Run it through OCR (text recognition) first, then open the result`));
  }
  const tooLong = finalTextProblem(name, text);
  if (tooLong) return refuse(tooLong);

  const problems: Problem[] = [];
  if (withoutText.length > 0 || unreadable.length > 0) {
    const parts = [
      withoutText.length > 0 ? `${pageList(withoutText)} ${withoutText.length === 1 ? 'has' : 'have'} no text layer (scanned or images)` : '',
      unreadable.length > 0 ? `${pageList(unreadable)} could not be read` : '',
    ].filter(Boolean);
    problems.push(problem('PDF_PAGES_WITHOUT_TEXT', '$', `${name}: ${parts.join('; ')}; their text is missing from the source`, { detail: { withoutText, unreadable } }));
  }
  const info = await doc.getMetadata().then((m) => m.info as { Title?: unknown; Author?: unknown }).catch(() => undefined);
  const title = typeof info?.Title === 'string' && info.Title.trim() ? info.Title.trim() : undefined;
  const author = typeof info?.Author === 'string' && info.Author.trim() ? info.Author.trim() : undefined;
  return { ok: true, source: { media: 'application/pdf', text, pages, ...(title ? { title } : {}), ...(author ? { author } : {}), problems } };
}

function refuse(p: Problem): ExtractResult {
  return { ok: false, problems: [p] };
}

const pageList = (labels: readonly string[]) =>
  labels.length === 1 ? `page ${labels[0]}` : `pages ${labels.slice(0, 10).join(', ')}${labels.length > 10 ? ` and ${labels.length - 10} more` : ''}`;

/** What pdf.js's refusal to open a file means for the user. */
function openProblem(name: string, e: unknown): Problem {
  const error = e as { name?: string; message?: string };
  if (error?.name === 'PasswordException') {
    return problem('PDF_ENCRYPTED', '$', `${name} is protected by a password; open it in a PDF reader, save or print an unprotected copy, and open that`);
  }
  if (error?.name === 'InvalidPDFException' && /empty/i.test(error.message ?? '')) return problem('SOURCE_EMPTY', '$', `${name} is empty (0 bytes)`);
  const why = error?.message ? ` (${error.message})` : '';
  return problem('PDF_CORRUPT', '$', `${name} is not a readable PDF: it is damaged, cut short or not a PDF at all${why}`);
}
