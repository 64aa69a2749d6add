import { fileSizeProblem } from '../domain/limits';
import { existsSync, readdirSync, readFileSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { loadMap, type LoadResult, type SourceReader } from '../domain/loader';
import { formatProblemLine, problem, type Problem } from '../domain/errors';

/** Where a verb writes; tests pass their own to capture output without a process. */
export interface CliIO {
  out(line: string): void;
  err(line: string): void;
  readonly cwd: string;
}

export const processIO: CliIO = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  cwd: process.cwd(),
};

/** Raised for wrong usage; main prints it with the usage text and exits 2. */
export class UsageError extends Error {}

/**
 * Reads source files relative to a map's folder, refusing any that, once symbolic links
 * are followed, lie outside it: the string check in the domain cannot see links.
 */
export function fileSourceReader(mapFile: string): SourceReader {
  const root = realpathSync(dirname(resolve(mapFile)));
  return (path) => {
    const full = join(root, path);
    if (!existsSync(full)) return { status: 'missing' };
    const real = realpathSync(full);
    if (real !== root && !real.startsWith(root + sep)) return { status: 'outside' };
    if (!statSync(real).isFile()) return { status: 'missing' };
    return { status: 'ok', text: readFileSync(real, 'utf8') };
  };
}

export function loadMapFile(file: string): LoadResult {
  let text: string;
  try {
    // By its size first (stat): a huge file is refused before it is read into memory.
    const tooLarge = fileSizeProblem(file, statSync(file).size);
    if (tooLarge) return { ok: false, problems: [tooLarge] };
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message;
    return { ok: false, problems: [problem('FILE_UNREADABLE', '$', `cannot read the map file: ${reason}`)] };
  }
  return loadMap(text, { readSource: fileSourceReader(file) });
}

/**
 * Loads a map for a verb, printing the loader's problem lines (`<file>: <path>: <CODE>:
 * <message>`, information left out) on stderr when it cannot be opened.
 */
export function loadMapOrReport(file: string, io: CliIO): Extract<LoadResult, { ok: true }> | undefined {
  const result = loadMapFile(file);
  if (result.ok) return result;
  for (const p of result.problems) if (p.severity !== 'info') io.err(formatProblemLine(displayPath(io, file), p));
  return undefined;
}

/**
 * Map files under a folder (recursively), or the path itself when it is not a folder; a
 * path that does not exist comes back as is, so the loader reports it as FILE_UNREADABLE.
 */
export function findMapFiles(path: string): string[] {
  if (!existsSync(path) || !statSync(path).isDirectory()) return [path];
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.map.json')) out.push(full);
    }
  };
  walk(path);
  return out;
}

/** How a file is named in output: relative to the working directory when it lies below it. */
export function displayPath(io: CliIO, file: string): string {
  const rel = relative(io.cwd, resolve(io.cwd, file));
  return rel.startsWith('..') ? resolve(io.cwd, file) : rel;
}

/** Reads an input file as UTF-8 text, or a FILE_UNREADABLE problem saying why not. */
export function readInput(io: CliIO, file: string): { ok: true; text: string } | { ok: false; problem: Problem } {
  try {
    const tooLarge = fileSizeProblem(file, statSync(resolve(io.cwd, file)).size);
    if (tooLarge) return { ok: false, problem: tooLarge };
    return { ok: true, text: readFileSync(resolve(io.cwd, file), 'utf8') };
  } catch (e) {
    const reason = (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (e as Error).message;
    return { ok: false, problem: problem('FILE_UNREADABLE', '$', `cannot read the file: ${reason}`) };
  }
}

/** Writes a verb's result to a file (exact bytes), or to stdout without a doubled final newline. */
export function writeOutput(io: CliIO, file: string | undefined, output: string | Uint8Array, verb: string): number {
  if (file === undefined) {
    io.out(typeof output === 'string' ? output.replace(/\r?\n$/, '') : Buffer.from(output).toString('utf8'));
    return 0;
  }
  try {
    writeFileSync(resolve(io.cwd, file), output);
  } catch (e) {
    io.err(`counterpoint ${verb}: cannot write ${file}: ${(e as Error).message}`);
    return 1;
  }
  return 0;
}
