import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { HocuspocusProvider } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { connectRoom, loadDocMap, type RoomConnection, type RoomStatus } from '../../src/collab';
import type { ArgumentMap } from '../../src/domain/schema/map';
import { bundledSourceReader } from '../../src/cli/serve';

export const ROOT = join(import.meta.dirname, '..', '..');
const readSource = bundledSourceReader();

export function tempDir(label: string): string {
  return mkdtempSync(join(tmpdir(), `counterpoint-${label}-`));
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** Polls until `check` holds (or throws its last error after `timeout` ms). */
export async function waitFor<T>(check: () => T | undefined | false, timeout = 10_000, what = 'condition'): Promise<T> {
  const end = Date.now() + timeout;
  let last: unknown;
  for (;;) {
    try {
      const value = check();
      if (value) return value;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}${last ? `: ${(last as Error).message}` : ''}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** A process that prints lines; its output is kept for assertions. */
class LineProcess {
  readonly lines: string[] = [];
  readonly exited: Promise<number | null>;

  constructor(readonly child: ChildProcess) {
    const take = (chunk: Buffer) => this.lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
    child.stdout?.on('data', take);
    child.stderr?.on('data', take);
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
  }

  waitForLine(pattern: RegExp, timeout = 30_000): Promise<string> {
    return waitFor(() => this.lines.find((l) => pattern.test(l)), timeout, `a line matching ${pattern} (got: ${this.lines.slice(-5).join(' | ')})`);
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
    return this.exited;
  }
}

export class ServeProcess extends LineProcess {
  constructor(
    child: ChildProcess,
    readonly port: number,
    readonly dataDir: string,
  ) {
    super(child);
  }
  get url(): string {
    return `ws://127.0.0.1:${this.port}`;
  }
}

/** `bin/counterpoint serve` on a free port, once it says it is listening. */
export async function startServe(options: { dataDir: string; redisUrl?: string; port?: number }): Promise<ServeProcess> {
  const port = options.port ?? (await freePort());
  const args = ['bin/counterpoint', 'serve', '--port', String(port), '--data', options.dataDir];
  if (options.redisUrl) args.push('--redis', options.redisUrl);
  const server = new ServeProcess(spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] }), port, options.dataDir);
  await server.waitForLine(/listening on ws:/);
  return server;
}

/** Debian's redis-server, or undefined where it is not installed. */
export function redisServerPath(): string | undefined {
  const found = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' });
  const path = found.stdout.trim();
  return found.status === 0 && path ? path : undefined;
}

/** A throwaway redis-server on a free port, keeping nothing on disk. */
export async function startRedis(binary: string): Promise<{ url: string; process: LineProcess; dir: string }> {
  const port = await freePort();
  const dir = tempDir('redis');
  const child = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const process = new LineProcess(child);
  await process.waitForLine(/Ready to accept connections/);
  return { url: `redis://127.0.0.1:${port}`, process, dir };
}

export interface TestClient {
  readonly doc: Y.Doc;
  readonly connection: RoomConnection;
  readonly provider: HocuspocusProvider;
  /** Every status the connection went through, in order. */
  readonly statuses: RoomStatus[];
  synced(): Promise<void>;
  /** The room's map through the loader, or undefined while it does not load. */
  map(): ArgumentMap | undefined;
  destroy(): void;
}

/** A Node client of a room, as the app will be: a Y.Doc joined to the room by `connectRoom`, over `ws`. */
export function connect(url: string, room: string, secret: string, doc = new Y.Doc()): TestClient {
  const statuses: RoomStatus[] = [];
  const connection = connectRoom({ server: url, room, secret, doc, WebSocketPolyfill: WebSocket, onStatus: (s) => statuses.push(s) });
  return {
    doc,
    connection,
    provider: connection.provider,
    statuses,
    synced: () => waitFor(() => connection.status.state === 'online', 15_000, 'the client to be online').then(() => undefined),
    map: () => {
      const loaded = loadDocMap(doc, { readSource });
      return loaded.ok ? loaded.map : undefined;
    },
    destroy: () => connection.destroy(),
  };
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}
