import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatProblemLine } from '../domain/errors';
import { CITATION_STYLE_IDS, isCitationStyleId, type StyleFileLoader } from '../formats/citations/styles';
import { prepareOutline, renderOutlineJson, renderOutlineMarkdown } from '../formats/outline';
import { outlineDocx } from '../formats/outline/docx';
import { parseArgs } from './args';
import { displayPath, loadMapOrReport, UsageError, writeOutput, type CliIO } from './io';

export const OUTLINE_USAGE = `counterpoint outline <map> --thesis <node id> [--format md|json|docx] [--style <style>] [--depth <n>] [-o file]
  Prints the essay outline for a thesis (a claim or objection of the map): the thesis
  with its passages, the arguments for it, the counter-arguments with replies and
  undercuts, the historiography by stance, a closing prompt, notes and a bibliography.
  A saved outline in the map (order, exclusions, notes) is applied.
  --format  md (default), json, or docx: a Word document with the citations as footnotes
            in Chicago notes style and the bibliography in --style (needs -o)
  --style   ${CITATION_STYLE_IDS.join(', ')} (default: chicago-author-date)
  --depth   levels of reasons and objections to follow below the thesis (default 4)
  -o        write to a file instead of stdout`;

/** The CLI's StyleFileLoader: the vendored CSL files, read from disk next to the code. */
const styleFiles: StyleFileLoader = (file) =>
  readFile(join(import.meta.dirname, '..', 'formats', 'citations', 'styles', file), 'utf8');

export async function runOutline(argv: readonly string[], io: CliIO): Promise<number> {
  const { positional, flags } = parseArgs(argv, ['thesis', 'format', 'style', 'depth', 'output']);
  if (positional.length !== 1) throw new UsageError('outline takes exactly one map file');
  const thesis = flags.thesis;
  if (typeof thesis !== 'string') throw new UsageError('outline needs --thesis <node id>');
  const format = flags.format ?? 'md';
  if (format !== 'md' && format !== 'json' && format !== 'docx') throw new UsageError(`--format is md, json or docx, not "${String(format)}"`);
  const output = typeof flags.output === 'string' ? flags.output : undefined;
  if (format === 'docx' && output === undefined) throw new UsageError('a .docx is a binary file: name it with -o essay.docx');
  const style = flags.style;
  if (style !== undefined && !isCitationStyleId(style)) throw new UsageError(`--style is one of ${CITATION_STYLE_IDS.join(', ')}, not "${String(style)}"`);
  const depth = flags.depth === undefined ? undefined : Number(flags.depth);
  if (depth !== undefined && !(Number.isInteger(depth) && depth >= 1 && depth <= 12)) throw new UsageError('--depth is a whole number from 1 to 12');

  const file = positional[0]!;
  const name = displayPath(io, file);
  const loaded = loadMapOrReport(file, io);
  if (!loaded) return 1;
  const common = {
    sourceTexts: loaded.sourceTexts,
    anchors: loaded.anchors,
    files: styleFiles,
    ...(style ? { style } : {}),
    ...(depth ? { depth } : {}),
  };
  if (format === 'docx') {
    const docx = await outlineDocx(loaded.map, thesis, common);
    if (!docx.ok) {
      io.err(formatProblemLine(name, docx.problem));
      return 1;
    }
    return writeOutput(io, output, docx.bytes, 'outline');
  }
  const prepared = await prepareOutline(loaded.map, thesis, { ...common, output: format === 'json' ? 'text' : 'markdown' });
  if (!prepared.ok) {
    io.err(formatProblemLine(name, prepared.problem));
    return 1;
  }
  const { outline, citations } = prepared;
  const text =
    format === 'json'
      ? JSON.stringify(renderOutlineJson(outline, citations), null, 2)
      : renderOutlineMarkdown(outline, { citations, mapTitle: loaded.map.title }).trimEnd();
  return writeOutput(io, output, `${text}\n`, 'outline');
}
