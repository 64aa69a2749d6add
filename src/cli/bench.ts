import { parseArgs } from './args';
import { UsageError, type CliIO } from './io';

export const BENCH_USAGE = `counterpoint bench [--quick]
  Builds the app and measures it in headless Chromium (CHROMIUM_PATH, default /usr/bin/chromium):
  panning a 5,000-node map in the editor against a bare React Flow page showing the same
  graph, and committing an edit to one node of a 2,000-node map (and which nodes re-rendered).
  Then, in a section of its own, the collaboration server: 30 simulated clients each making an
  edit a second on one room for a minute (how long an edit takes to reach every other client,
  the server's memory). Prints tables; --quick takes fewer frames and 10 s of editing. The
  same as \`npm run bench\`.`;

export async function runBench(argv: readonly string[], io: CliIO): Promise<number> {
  const { positional, flags } = parseArgs(argv, [], ['quick']);
  if (positional.length > 0) throw new UsageError(`bench takes no arguments, found ${JSON.stringify(positional[0])}`);
  // The benchmark drives a browser; it is loaded only for this verb, so other verbs stay quick to start.
  const bench = await import('../../bench/run');
  const rows = await bench.runBench({ quick: flags.quick === true, log: (line) => io.err(line) });
  io.out(bench.formatTable(rows));
  const collab = await import('../../bench/collab');
  io.out(`\n${collab.formatCollab(await collab.runCollabBench({ quick: flags.quick === true, log: (line) => io.err(line) }))}`);
  return 0;
}
