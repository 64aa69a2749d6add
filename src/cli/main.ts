import { BENCH_USAGE, runBench } from './bench';
import { COMPARE_USAGE, runCompare } from './compare';
import { EXPORT_USAGE, runExport } from './exportVerb';
import { IMPORT_USAGE, runImport } from './importVerb';
import { runStats, STATS_USAGE } from './stats';
import { processIO, UsageError, type CliIO } from './io';
import { OUTLINE_USAGE, runOutline } from './outline';
import { runServe, SERVE_USAGE } from './serve';
import { runValidate, VALIDATE_USAGE } from './validate';

interface Verb {
  readonly usage: string;
  readonly run: (argv: readonly string[], io: CliIO) => number | Promise<number>;
}

/** The verbs architecture.md fixes; each lives in its own module. */
export const VERBS: Record<string, Verb> = {
  validate: { usage: VALIDATE_USAGE, run: runValidate },
  stats: { usage: STATS_USAGE, run: runStats },
  export: { usage: EXPORT_USAGE, run: runExport },
  import: { usage: IMPORT_USAGE, run: runImport },
  compare: { usage: COMPARE_USAGE, run: runCompare },
  outline: { usage: OUTLINE_USAGE, run: runOutline },
  bench: { usage: BENCH_USAGE, run: runBench },
  serve: { usage: SERVE_USAGE, run: runServe },
};

export function usage(): string {
  return [
    'usage: counterpoint <verb> [args]',
    '',
    ...Object.values(VERBS).map((v) => v.usage),
    '',
    'Exit status: 0 success, 1 invalid input or failed check, 2 wrong usage.',
  ].join('\n');
}

export async function main(argv: readonly string[], io: CliIO = processIO): Promise<number> {
  const [verb, ...rest] = argv;
  if (verb === undefined || verb === 'help' || verb === '--help' || verb === '-h') {
    (verb === undefined ? io.err : io.out)(usage());
    return verb === undefined ? 2 : 0;
  }
  const entry = Object.hasOwn(VERBS, verb) ? VERBS[verb] : undefined;
  if (!entry) {
    io.err(`counterpoint: unknown verb "${verb}"\n\n${usage()}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(entry.usage);
    return 0;
  }
  try {
    return await entry.run(rest, io);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(`counterpoint ${verb}: ${e.message}\n\n${entry.usage}`);
      return 2;
    }
    // A bug, not bad input: say so briefly; the stack only on request.
    io.err(`counterpoint ${verb}: internal error: ${e instanceof Error ? e.message : String(e)}`);
    if (process.env.COUNTERPOINT_DEBUG && e instanceof Error && e.stack) io.err(e.stack);
    return 1;
  }
}
