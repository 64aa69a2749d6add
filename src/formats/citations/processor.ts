import type CSLType from 'citeproc';
import type { Reference } from '../../domain/schema/reference';
import { locatorOf, toCslItem } from './cslItem';
import { registerMarkdownFormat } from './outputFormats';
import { CITATION_STYLES, DEFAULT_CITATION_STYLE, LOCALE_FILE, type CitationStyleId, type CitationStyleInfo, type StyleFileLoader } from './styles';

type CSLNamespace = typeof CSLType;

export type CitationOutput = 'markdown' | 'text' | 'html';

/** One place in a text that cites a reference, with the pages it cites. */
export interface CiteRequest {
  /** The caller's key for this place, e.g. an outline item id. */
  readonly key: string;
  readonly refId: string;
  readonly pages?: string;
  /**
   * The authors are named in the sentence ("Lih (2011) argues"), so an in-text style
   * leaves them out of the parentheses; a note style cites in full regardless.
   */
  readonly narrative?: boolean;
}

export interface FormattedCitations {
  readonly style: CitationStyleInfo;
  readonly output: CitationOutput;
  /** By request key: the parenthetical citation, or for a note style the text of its note. */
  readonly cites: Readonly<Record<string, string>>;
  /** For a note style, the note number of each request key, in request order from 1. */
  readonly notes: Readonly<Record<string, number>>;
  /** The works cited, as the style sorts and formats its bibliography. */
  readonly bibliography: readonly { readonly refId: string; readonly text: string }[];
  /** Keys of requests whose reference is not among the references given. */
  readonly missing: readonly string[];
}

/**
 * Formats citations with one CSL style through citeproc-js. Loading is asynchronous
 * (citeproc and the style are imported on first use, so the app's main bundle carries
 * neither); formatting is synchronous, so a live preview can re-run it on every edit.
 */
export class CitationProcessor {
  private constructor(
    private readonly CSL: CSLNamespace,
    readonly style: CitationStyleInfo,
    private readonly styleXml: string,
    private readonly localeXml: string,
  ) {}

  static async load(style: CitationStyleId, files: StyleFileLoader): Promise<CitationProcessor> {
    const info = CITATION_STYLES[style];
    const [citeproc, styleXml, localeXml] = await Promise.all([import('citeproc'), files(info.file), files(LOCALE_FILE)]);
    registerMarkdownFormat(citeproc.default);
    return new CitationProcessor(citeproc.default, info, styleXml, localeXml);
  }

  private last: { key: string; result: FormattedCitations } | undefined;

  /**
   * Formats the requests in reading order. The last result is remembered: a live preview
   * re-renders on every keystroke, but the citations change only when what is cited does.
   */
  format(references: readonly Reference[], requests: readonly CiteRequest[], output: CitationOutput = 'markdown'): FormattedCitations {
    const cited = new Set(requests.map((r) => r.refId));
    const key = JSON.stringify([output, requests, references.filter((r) => cited.has(r.id))]);
    if (this.last?.key === key) return this.last.result;
    const result = this.formatAfresh(references, requests, output);
    this.last = { key, result };
    return result;
  }

  private formatAfresh(references: readonly Reference[], requests: readonly CiteRequest[], output: CitationOutput): FormattedCitations {
    const byId = new Map(references.map((r) => [r.id, r]));
    const known = requests.filter((r) => byId.has(r.refId));
    const missing = requests.filter((r) => !byId.has(r.refId)).map((r) => r.key);
    // A fresh engine per call: citeproc caches items, and the map's references may have changed since.
    const engine = new this.CSL.Engine(
      { retrieveLocale: () => this.localeXml, retrieveItem: (id) => toCslItem(byId.get(id)!) },
      this.styleXml,
      'en-US',
      true,
    );
    engine.opt.development_extensions.wrap_url_and_doi = output !== 'text';
    engine.setOutputFormat(output);
    engine.updateItems([...new Set(known.map((r) => r.refId))]);

    const inNotes = this.style.kind === 'note';
    const citations = known.map((r, i) => {
      const locator = locatorOf(r.pages);
      return {
        citationID: `c${i}`,
        citationItems: [{ id: r.refId, ...locator, ...(r.narrative && !inNotes ? { 'suppress-author': true } : {}) }],
        properties: { noteIndex: inNotes ? i + 1 : 0 },
      };
    });
    // All citations at once, in reading order, so the style can disambiguate (1924a, 1924b) and shorten repeats.
    const rendered = citations.length > 0 ? engine.rebuildProcessorState(citations, output, []) : [];
    const cites: Record<string, string> = {};
    const notes: Record<string, number> = {};
    known.forEach((r, i) => {
      cites[r.key] = rendered[i]![2];
      if (inNotes) notes[r.key] = i + 1;
    });

    const made = citations.length > 0 ? engine.makeBibliography() : false;
    const bibliography = made
      ? made[1].map((text, i) => ({ refId: made[0].entry_ids[i]![0]!, text: text.trim() }))
      : [];
    return { style: this.style, output, cites, notes, bibliography, missing };
  }
}

const loaded = new WeakMap<StyleFileLoader, Map<CitationStyleId, Promise<CitationProcessor>>>();

/** The processor for a style, loaded once per file loader and style. */
export function citationProcessor(style: CitationStyleId, files: StyleFileLoader): Promise<CitationProcessor> {
  let byStyle = loaded.get(files);
  if (!byStyle) loaded.set(files, (byStyle = new Map()));
  let processor = byStyle.get(style);
  if (!processor) {
    processor = CitationProcessor.load(style, files);
    // A failed load (a missing file) is not cached, so it can be retried.
    processor.catch(() => byStyle.delete(style));
    byStyle.set(style, processor);
  }
  return processor;
}

export interface FormatCitationsOptions {
  readonly style?: CitationStyleId;
  readonly output?: CitationOutput;
  readonly files: StyleFileLoader;
}

/** Formats citations and the bibliography of the works they cite (Chicago author-date unless told otherwise). */
export async function formatCitations(
  references: readonly Reference[],
  requests: readonly CiteRequest[],
  options: FormatCitationsOptions,
): Promise<FormattedCitations> {
  const processor = await citationProcessor(options.style ?? DEFAULT_CITATION_STYLE, options.files);
  return processor.format(references, requests, options.output);
}
