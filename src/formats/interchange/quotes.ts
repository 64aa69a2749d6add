import { describeRange, type QuoteSelector } from '../../domain/anchoring/selector';
import type { SourceReader } from '../../domain/loader';
import { resolveSourcePath } from '../../domain/loader/sourcePath';
import type { Source } from '../../domain/schema/source';
import { SourceText } from '../../domain/text/sourceText';
import { IdAllocator, isValidId } from './ids';

export interface QuoteRequest {
  /** The quote as the file gives it. */
  readonly text: string;
  /** The source's text file, relative to the imported file's folder. */
  readonly file: string | undefined;
  readonly sourceId?: string | undefined;
  readonly sourceTitle?: string | undefined;
  /** Where the file says the quote stands (code points); tried first, then the text is searched for. */
  readonly start?: number | undefined;
  readonly end?: number | undefined;
}

export type QuoteAnchor = { readonly ok: true; readonly source: string; readonly selector: QuoteSelector } | { readonly ok: false; readonly reason: string };

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Finds imported quotes in their sources, so a quote enters a map only when it occurs
 * verbatim (the map's rule for passages). Whitespace may differ (a file format that keeps
 * a quote on one line), but the passage stores the source's own characters. The sources
 * found are collected for the map, one record per file.
 */
export class QuoteAnchorer {
  private readonly texts = new Map<string, SourceText | string>();
  private readonly byFile = new Map<string, Source>();
  private readonly sourceIds = new IdAllocator();

  /** `inline`: sources that carry their own text (pasted in the app), by id; quotes naming one are found in it. */
  constructor(
    private readonly readSource: SourceReader | undefined,
    private readonly inline: readonly Source[] = [],
  ) {}

  get sources(): Source[] {
    return [...this.byFile.values()];
  }

  anchor(request: QuoteRequest): QuoteAnchor {
    const inline = request.file === undefined ? this.inline.find((s) => s.id === request.sourceId && s.text !== undefined) : undefined;
    if (inline) {
      const range = findQuote(new SourceText(inline.text!), request);
      if (!range) return { ok: false, reason: `the quote does not occur verbatim in the source "${inline.id}"` };
      if (!this.byFile.has(`\0${inline.id}`)) {
        this.byFile.set(`\0${inline.id}`, { ...inline, id: this.sourceIds.take(inline.id, inline.id, 'source') });
      }
      return { ok: true, source: this.byFile.get(`\0${inline.id}`)!.id, selector: describeRange(new SourceText(inline.text!), range.start, range.end) };
    }
    if (!request.file) return { ok: false, reason: 'it names no source file' };
    const resolved = resolveSourcePath(request.file);
    if (!resolved.ok) return { ok: false, reason: `its source file ${JSON.stringify(request.file)} is refused: ${resolved.reason}` };
    const source = this.read(resolved.path);
    if (typeof source === 'string') return { ok: false, reason: source };
    const range = findQuote(source, request);
    if (!range) return { ok: false, reason: `the quote does not occur verbatim in ${resolved.path}` };
    return { ok: true, source: this.register(resolved.path, request).id, selector: describeRange(source, range.start, range.end) };
  }

  private read(path: string): SourceText | string {
    const cached = this.texts.get(path);
    if (cached !== undefined) return cached;
    let result: SourceText | string;
    if (!this.readSource) result = 'there is no folder to read its source from (pasted text)';
    else {
      const read = this.readSource(path);
      result = read.status === 'ok' ? new SourceText(read.text) : read.status === 'outside' ? `its source file ${path} lies outside the file's folder` : `its source file ${path} does not exist`;
    }
    this.texts.set(path, result);
    return result;
  }

  private register(path: string, request: QuoteRequest): Source {
    const known = this.byFile.get(path);
    if (known) return known;
    const name = path.split('/').pop() ?? path;
    const id = this.sourceIds.take(isValidId(request.sourceId) ? request.sourceId : undefined, name.replace(/\.[^.]*$/, ''), 'source');
    const title = request.sourceTitle?.trim() || name;
    const source: Source = { id, title, file: path };
    this.byFile.set(path, source);
    return source;
  }
}

function findQuote(source: SourceText, request: QuoteRequest): { start: number; end: number } | undefined {
  const wanted = collapse(request.text);
  if (wanted === '') return undefined;
  const { start, end } = request;
  if (start !== undefined && end !== undefined && source.inRange(start, end) && collapse(source.slice(start, end)) === wanted) return { start, end };
  const candidates = [wanted, collapse(request.text.replace(/^\s*["“”„«»‘’']+|["“”„«»‘’']+\s*$/g, ''))].filter((c, i, all) => c !== '' && all.indexOf(c) === i);
  for (const candidate of candidates) {
    const pattern = new RegExp(candidate.split(' ').map(escapeRegExp).join('\\s+'));
    const match = pattern.exec(source.text);
    if (match) return { start: source.toCodePoint(match.index), end: source.toCodePoint(match.index + match[0].length) };
  }
  return undefined;
}
