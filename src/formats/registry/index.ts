import { problem, type Problem } from '../../domain/errors';
import { loadMapValue, type LoadOptions, type LoadResult } from '../../domain/loader';
import type { Reference } from '../../domain/schema/reference';
import { aifExporter, aifImporter } from '../aif';
import { argdownExporter, argdownImporter } from '../argdown';
import { canvasExporter } from '../canvas';
import { counterpointExporter, counterpointImporter } from '../counterpoint/json';
import { svgExporter } from '../picture/svg';
import { biblatexImporter, bibtexImporter } from '../references/bibtex';
import { cslJsonImporter } from '../references/cslJson';
import { bibtexExporter, cslJsonExporter } from '../references/exporters';
import { risImporter } from '../references/ris';
import { summaryExporter } from '../summary';
import type { ImportContext, Importer, ImportResult, MapExporter, MapImporter, ReferenceExporter, ReferenceImporter } from './types';

export type * from './types';

/**
 * Every format, in the order menus list them. Adding a format is one module and one line
 * here: the File menu, the paste handler and `counterpoint import/export` read these lists.
 */
export const MAP_IMPORTERS: readonly MapImporter[] = [counterpointImporter, argdownImporter, aifImporter];
export const MAP_EXPORTERS: readonly MapExporter[] = [counterpointExporter, argdownExporter, aifExporter, canvasExporter, svgExporter, summaryExporter];
export const REFERENCE_IMPORTERS: readonly ReferenceImporter[] = [bibtexImporter, biblatexImporter, risImporter, cslJsonImporter];
export const REFERENCE_EXPORTERS: readonly ReferenceExporter[] = [bibtexExporter, cslJsonExporter];

export interface FormatChoice {
  /** A format id the user named (`--from argdown`); wins over everything else. */
  readonly from?: string;
  readonly fileName?: string;
}

/**
 * Which importer reads a text: the one named, else the one whose extension the file name
 * has (longest ending first), else the first whose `detect` accepts the text.
 */
export function chooseImporter<T>(importers: readonly Importer<T>[], text: string, choice: FormatChoice = {}): Importer<T> | Problem {
  if (choice.from !== undefined) {
    return importers.find((i) => i.id === choice.from) ?? problem('IMPORT_FORMAT_UNKNOWN', '$', `there is no importer called "${choice.from}"; known: ${importers.map((i) => i.id).join(', ')}`);
  }
  const name = choice.fileName?.toLowerCase();
  if (name) {
    const byExtension = importers
      .flatMap((i) => i.extensions.map((extension) => ({ i, extension })))
      .filter(({ extension }) => name.endsWith(extension))
      .sort((a, b) => b.extension.length - a.extension.length)[0];
    if (byExtension) return byExtension.i;
  }
  return importers.find((i) => i.detect(text)) ?? problem('IMPORT_FORMAT_UNKNOWN', '$', `${choice.fileName ? `${choice.fileName} is` : 'the text is'} in no format Counterpoint reads (${importers.map((i) => i.label).join(', ')})`);
}

export type MapImportResult = LoadResult & { readonly format?: string };

/** Reads a file in any map format: its importer, then the one loader, whose checks every map passes. */
export async function importMap(text: string, choice: FormatChoice, options: LoadOptions): Promise<MapImportResult> {
  const importer = chooseImporter(MAP_IMPORTERS, text, choice);
  if ('code' in importer) return { ok: false, problems: [importer] };
  const parsed = await safeParse(importer, text, { ...(choice.fileName === undefined ? {} : { fileName: choice.fileName }), readSource: options.readSource });
  if (!parsed.ok) return { ...parsed, format: importer.id };
  const loaded = loadMapValue(parsed.value, options);
  return { ...loaded, problems: [...parsed.problems, ...loaded.problems], format: importer.id };
}

/** Reads a file of references (BibTeX, RIS, CSL-JSON…) into CSL-JSON items. */
export async function importReferences(text: string, choice: FormatChoice): Promise<ImportResult<readonly Reference[]> & { readonly format?: string }> {
  const importer = chooseImporter(REFERENCE_IMPORTERS, text, choice);
  if ('code' in importer) return { ok: false, problems: [importer] };
  return { ...(await safeParse(importer, text, choice.fileName === undefined ? {} : { fileName: choice.fileName })), format: importer.id };
}

/** An importer that throws has a bug; the user still gets a coded problem and loses nothing. */
async function safeParse<T>(importer: Importer<T>, text: string, context: ImportContext): Promise<ImportResult<T>> {
  try {
    return await importer.parse(text, context);
  } catch (e) {
    return { ok: false, problems: [problem('IMPORT_FAILED', '$', `the ${importer.label} importer failed: ${e instanceof Error ? e.message : String(e)}`)] };
  }
}

export function mapExporter(id: string): MapExporter | undefined {
  return MAP_EXPORTERS.find((e) => e.id === id);
}

export function referenceExporter(id: string): ReferenceExporter | undefined {
  return REFERENCE_EXPORTERS.find((e) => e.id === id);
}
