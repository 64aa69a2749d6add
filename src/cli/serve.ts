import { join, resolve } from 'node:path';
import { parseArgs } from './args';
import { fileSourceReader, UsageError, type CliIO } from './io';

/** The bundled maps folder: rooms' sources resolve against it, as a shipped map's do. */
export const BUNDLED_MAPS = join(import.meta.dirname, '..', '..', 'maps');

/** Reads source files from the bundled `maps/` folder, refusing whatever leaves it. */
export const bundledSourceReader = () => fileSourceReader(join(BUNDLED_MAPS, 'room.map.json'));

export const SERVE_USAGE = `counterpoint serve [--port 1234] [--host 127.0.0.1] [--data ./data] [--redis <url>]
  Runs the collaboration server (Hocuspocus over WebSocket) for shared rooms: each room is
  kept under <data>/rooms/, its map checked through the loader before it is served, and an
  edit that would leave it invalid or too large is refused. With --redis redis://host:port,
  several instances share rooms. A client needs the room's secret. Stops on Ctrl+C or
  SIGTERM, storing every room first. See docs/collaboration.md.`;

export async function runServe(argv: readonly string[], io: CliIO): Promise<number> {
  const { positional, flags } = parseArgs(argv, ['port', 'host', 'data', 'redis']);
  if (positional.length > 0) throw new UsageError(`serve takes no arguments, found ${JSON.stringify(positional[0])}`);
  const port = flags.port === undefined ? 1234 : Number(flags.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port must be a whole number from 0 to 65535');
  const redisUrl = typeof flags.redis === 'string' ? flags.redis : undefined;
  if (redisUrl !== undefined && !/^rediss?:\/\/[^\s]+$/.test(redisUrl)) throw new UsageError('--redis must be a redis:// or rediss:// URL');
  const host = typeof flags.host === 'string' ? flags.host : '127.0.0.1';
  const dataDir = resolve(io.cwd, typeof flags.data === 'string' ? flags.data : 'data');

  // The server (Hocuspocus, Redis) is loaded only for this verb, so other verbs stay quick to start.
  const { startServer } = await import('../server/start');
  let server;
  try {
    server = await startServer({ port, host, dataDir, readSource: bundledSourceReader(), ...(redisUrl ? { redisUrl } : {}) });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'EADDRINUSE' ? `port ${port} on ${host} is in use` : code === 'EACCES' ? `no permission to listen on ${host}:${port} or to write ${dataDir}` : (e as Error).message;
    io.err(`counterpoint serve: cannot start: ${why}`);
    return 1;
  }
  const running = server;
  await new Promise<void>((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      void running.stop().then(() => {
        // Rooms are written; should a library still hold the event loop, do not hang on it.
        setTimeout(() => process.exit(0), 1_000).unref();
        done();
      });
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
  return 0;
}
