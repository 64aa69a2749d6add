import { parseArgs } from './args';
import { UsageError, type CliIO } from './io';

export const BENCH_USAGE = `counterpoint bench [--quick]
  Builds the app and measures it in headless Chromium (CHROMIUM_PATH, default /usr/bin/chromium):
  panning a 5,000-node map in the editor against a bare React Flow page showing the same
  graph, and committing an edit to one node of a 2,000-node map (and which nodes re-rendered).
  Prints a table; --quick takes fewer frames. The same as \`npm run bench\`.`;

export async function runBench(argv: readonly string[], io: CliIO): Promise<number> {
  const { positional, flags } = parseArgs(argv, [], ['quick']);
  if (positional.length > 0) throw new UsageError(`bench takes no arguments, found ${JSON.stringify(positional[0])}`);
  // The benchmark drives a browser; it is loaded only for this verb, so other verbs stay quick to start.
  const bench = await import('../../bench/run');
  const rows = await bench.runBench({ quick: flags.quick === true, log: (line) => io.err(line) });
  io.out(bench.formatTable(rows));
  return 0;
}
