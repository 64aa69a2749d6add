import { formatProblemLine, problem } from '../domain/errors';
import { MAP_EXPORTERS, mapExporter, REFERENCE_EXPORTERS, referenceExporter } from '../formats/registry';
import { parseArgs } from './args';
import { loadMapOrReport, UsageError, writeOutput, type CliIO } from './io';

const formats = () => [...MAP_EXPORTERS.map((e) => e.id), ...REFERENCE_EXPORTERS.map((e) => e.id)];

export const EXPORT_USAGE = `counterpoint export <map> --to <format> [-o file]
  Writes the map in another format: ${formats().join(', ')}.
  Reference formats write the map's references. Output goes to stdout, or to a file with -o
  (binary formats need -o). The File menu in the app offers the same exporters.`;

export async function runExport(argv: readonly string[], io: CliIO): Promise<number> {
  const { positional, flags } = parseArgs(argv, ['to', 'output']);
  if (positional.length !== 1) throw new UsageError('export takes exactly one map file');
  if (typeof flags.to !== 'string') throw new UsageError(`--to is required: one of ${formats().join(', ')}`);
  const mapOut = mapExporter(flags.to);
  const refOut = mapOut ? undefined : referenceExporter(flags.to);
  if (!mapOut && !refOut) throw new UsageError(`--to must be one of ${formats().join(', ')}, not "${flags.to}"`);
  const file = positional[0]!;
  const loaded = loadMapOrReport(file, io);
  if (!loaded) return 1;
  let output: string | Uint8Array;
  try {
    output = mapOut ? await mapOut.render({ map: loaded.map, sourceTexts: loaded.sourceTexts }) : await refOut!.render(loaded.map.references);
  } catch (e) {
    // An exporter refuses what it cannot write (a map too large for a picture, say) with a message, never a stack.
    io.err(formatProblemLine(file, problem('EXPORT_FAILED', '$', e instanceof Error ? e.message : String(e))));
    return 1;
  }
  const out = typeof flags.output === 'string' ? flags.output : undefined;
  if (out === undefined && typeof output !== 'string') throw new UsageError(`${flags.to} is a binary format: name a file with -o`);
  return writeOutput(io, out, output, 'export');
}
