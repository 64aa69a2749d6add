import { problem } from '../../domain/errors';
import { extractHtml } from './html';
import { sizeProblem, sourceMediaOf } from './limits';
import { extractMarkdown } from './markdown';
import { extractPdfWith, type PdfExtractOptions, type PdfJs } from './pdf';
import { extractPlainText } from './plainText';
import type { ExtractResult, SourceFile } from './types';

export interface ExtractOptions extends PdfExtractOptions {
  /** Loads pdf.js: the legacy build in Node (`nodePdfJs`), the modern one in a browser (`browserPdfJs`). */
  readonly pdfjs: () => Promise<PdfJs>;
}

/**
 * A file's text as a source, by its kind (extension first, then the reported type):
 * .txt, .md, .html or .pdf. Too large a file is refused before its kind is even looked at.
 * Progress is reported per page for a PDF and once, at the end, for the others.
 */
export async function extractSource(file: SourceFile, options: ExtractOptions): Promise<ExtractResult> {
  const tooLarge = sizeProblem(file.name, file.bytes.byteLength);
  if (tooLarge) return { ok: false, problems: [tooLarge] };
  const media = sourceMediaOf(file.name, file.type);
  let result: ExtractResult;
  switch (media) {
    case 'application/pdf':
      return extractPdfWith(await options.pdfjs(), file.name, file.bytes, options);
    case 'text/html':
      result = extractHtml(file.name, file.bytes);
      break;
    case 'text/markdown':
      result = extractMarkdown(file.name, file.bytes);
      break;
    case 'text/plain':
      result = extractPlainText(file.name, file.bytes);
      break;
    default:
      return { ok: false, problems: [unknownKindProblem(file.name)] };
  }
  options.onProgress?.({ done: 1, total: 1 });
  return result;
}

export function unknownKindProblem(name: string) {
  return problem('SOURCE_KIND_UNKNOWN', '$', `${name} is not a kind of file Counterpoint reads as a source; open a .txt, .md, .html or .pdf file`);
}
