import { Redis } from '@hocuspocus/extension-redis';
import { Server, type Extension, type onRequestPayload } from '@hocuspocus/server';
import IORedis from 'ioredis';
import { ROOM_LIMITS, type RoomLimits } from '../collab';
import { roomAuth } from './auth';
import { roomGuards } from './guard';
import { redisForLog, stdoutLog, type Log } from './log';
import { roomPersistence } from './persistence';
import type { SourceReader } from '../domain/loader';
import { cachedSourceReader } from './sources';
import { RoomFiles } from './storage';

export interface ServeOptions {
  readonly port: number;
  readonly host: string;
  /** Rooms are kept under `<dataDir>/rooms/`; created if missing. */
  readonly dataDir: string;
  /** With a Redis URL, instances share rooms through Hocuspocus's Redis extension. */
  readonly redisUrl?: string;
  /** Reads the source files rooms' maps name: the bundled `maps/` folder, as for a shipped map. */
  readonly readSource: SourceReader;
  readonly limits?: RoomLimits;
  readonly log?: Log;
}

export interface RunningServer {
  /** The WebSocket URL clients connect to. */
  readonly url: string;
  readonly port: number;
  /** Writes every room, closes every connection, and stops. */
  stop(): Promise<void>;
}

/** How long a shutdown may take before the process goes anyway (rooms are written first). */
const STOP_DEADLINE_MS = 8_000;

export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const log = options.log ?? stdoutLog;
  const limits = options.limits ?? ROOM_LIMITS;
  const files = new RoomFiles(options.dataDir);
  const readSource = cachedSourceReader(options.readSource);
  const persistence = roomPersistence(files, readSource, log);

  const extensions: Extension[] = [roomAuth(log), roomGuards(readSource, limits, log), persistence, health()];
  if (options.redisUrl) extensions.push(redisExtension(options.redisUrl, log));
  const server = new Server(
    {
      name: 'counterpoint',
      port: options.port,
      address: options.host,
      quiet: true,
      stopOnSignals: false,
      extensions,
    },
    { maxPayload: limits.maxMessageBytes },
  );
  await listen(server, options.port, options.host);
  const { port } = server.address;
  const url = `ws://${options.host.includes(':') ? `[${options.host}]` : options.host}:${port}`;
  log(`listening on ${url} (rooms in ${files.folder}; ${options.redisUrl ? `sharing rooms through ${redisForLog(options.redisUrl)}` : 'one process, no Redis'})`);

  let stopping: Promise<void> | undefined;
  return {
    url,
    port,
    stop: () =>
      (stopping ??= (async () => {
        const stored = persistence.storeAll(server.hocuspocus);
        log(`stopping: ${stored} room${stored === 1 ? '' : 's'} stored`);
        await Promise.race([server.destroy(), new Promise((resolve) => setTimeout(resolve, STOP_DEADLINE_MS).unref())]);
        log('stopped');
      })()),
  };
}

/**
 * Hocuspocus's own `listen` hands Node `{ port, address }`, and Node reads `host`: it would
 * listen on every interface whatever `--host` says, and an address in use would crash the
 * process. So: Node's listen, with the host and an error handler, then Hocuspocus's
 * `onListen` hooks as its `listen` would run them.
 */
async function listen(server: Server, port: number, host: string): Promise<void> {
  await new Promise<void>((resolve, reject) => {
    server.httpServer.once('error', reject);
    server.httpServer.listen({ port, host }, () => {
      server.httpServer.off('error', reject);
      resolve();
    });
  });
  await server.hocuspocus.hooks('onListen', { instance: server.hocuspocus, configuration: server.configuration, port: server.address.port });
}

/**
 * `GET /health`: that the server is up, how many rooms and connections it holds, its memory
 * and CPU time (µs), for monitoring and the load benchmark. Nothing about any room's content.
 */
function health(): Extension {
  return {
    extensionName: 'counterpoint-health',
    async onRequest({ request, response, instance }: onRequestPayload) {
      if (request.method !== 'GET' || request.url !== '/health') return;
      const { rss, heapUsed, heapTotal } = process.memoryUsage();
      const { user, system } = process.cpuUsage();
      const body = { ok: true, rooms: instance.getDocumentsCount(), connections: instance.getConnectionsCount(), rss, heapUsed, heapTotal, cpu: user + system };
      response.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      response.end(JSON.stringify(body));
      // Hocuspocus's way to say "answered": reject with an empty value.
      throw null;
    },
  };
}

function redisExtension(url: string, log: Log): Redis {
  let lastError = 0;
  const client = () => {
    const redis = new IORedis(url, { lazyConnect: false });
    redis.on('error', (e: Error) => {
      // ioredis retries on its own and reports each failure; one line every 10 s is enough.
      if (Date.now() - lastError < 10_000) return;
      lastError = Date.now();
      log(`redis ${redisForLog(url)}: ${e.message}`);
    });
    return redis;
  };
  return new Redis({ createClient: client, prefix: 'counterpoint' });
}
