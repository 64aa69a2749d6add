import { formatProblemLine } from '../domain/errors';
import { serializeMap } from '../domain/serialize';
import { importMap, importReferences, MAP_IMPORTERS, REFERENCE_IMPORTERS, type Importer } from '../formats/registry';
import { parseArgs } from './args';
import { displayPath, fileSourceReader, readInput, UsageError, writeOutput, type CliIO } from './io';

const mapFormats = () => MAP_IMPORTERS.map((i) => i.id);
const referenceFormats = () => REFERENCE_IMPORTERS.map((i) => i.id);

export const IMPORT_USAGE = `counterpoint import <file> [--from <format>] [-o out.map.json]
  Reads a file in another format and prints it as a Counterpoint map (every map goes
  through the same loader as validate), or, for references, as CSL-JSON items.
  --from  map formats: ${mapFormats().join(', ')}; reference formats: ${referenceFormats().join(', ') || '(none yet)'}
          (default: told from the file's extension, else from its content)
  -o      write to a file instead of stdout
  Exit 0 on success, 1 when the file is refused (one line per problem), 2 on wrong usage.`;

export async function runImport(argv: readonly string[], io: CliIO): Promise<number> {
  const { positional, flags } = parseArgs(argv, ['from', 'output']);
  if (positional.length !== 1) throw new UsageError('import takes exactly one file');
  const from = typeof flags.from === 'string' ? flags.from : undefined;
  if (from !== undefined && ![...mapFormats(), ...referenceFormats()].includes(from)) {
    throw new UsageError(`--from must be one of ${[...mapFormats(), ...referenceFormats()].join(', ')}, not "${from}"`);
  }
  const file = positional[0]!;
  const name = displayPath(io, file);
  const input = readInput(io, file);
  if (!input.ok) {
    io.err(formatProblemLine(name, input.problem));
    return 1;
  }
  const choice = { fileName: file, ...(from ? { from } : {}) };
  const asReferences = from ? referenceFormats().includes(from) : isReferenceFile(file, input.text);
  let text: string;
  if (asReferences) {
    const result = await importReferences(input.text, choice);
    for (const p of result.problems) if (p.severity !== 'info') io.err(formatProblemLine(name, p));
    if (!result.ok) return 1;
    text = `${JSON.stringify(result.value, null, 2)}\n`;
  } else {
    const result = await importMap(input.text, choice, { readSource: fileSourceReader(file) });
    for (const p of result.problems) if (p.severity !== 'info') io.err(formatProblemLine(name, p));
    if (!result.ok) return 1;
    text = serializeMap(result.map);
  }
  return writeOutput(io, typeof flags.output === 'string' ? flags.output : undefined, text, 'import');
}

/** The longest ending of the file's name that one of these importers reads (`.csl.json` beats `.json`). */
function longestExtension(importers: readonly Importer<unknown>[], file: string): number {
  const name = file.toLowerCase();
  return Math.max(0, ...importers.flatMap((i) => i.extensions.filter((e) => name.endsWith(e)).map((e) => e.length)));
}

/**
 * Whether a file holds references rather than a map: by the most specific extension either kind
 * of importer claims (`.bib`, `.csl.json`), else (`.json`, `.txt`) by content, maps first.
 */
function isReferenceFile(file: string, text: string): boolean {
  const map = longestExtension(MAP_IMPORTERS, file);
  const refs = longestExtension(REFERENCE_IMPORTERS, file);
  if (map !== refs) return refs > map;
  return !MAP_IMPORTERS.some((i) => i.detect(text)) && REFERENCE_IMPORTERS.some((i) => i.detect(text));
}
