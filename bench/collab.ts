import { pathToFileURL } from 'node:url';
import { cpus, loadavg } from 'node:os';
import { generateKeyBetween } from 'fractional-indexing';
import * as Y from 'yjs';
import { applyMapDiff, LOCAL_ORIGIN, mapToDoc, newRoomSecret, roomIdForSecret } from '../src/collab';
import { shippedMap } from '../tests/collab/edits';
import { connect, removeDir, startServe, tempDir, waitFor, type ServeProcess, type TestClient } from '../tests/collab/support';
import { stats } from './measure';

/**
 * A seminar on one room: CLIENTS simulated students (Node, `@hocuspocus/provider`, one
 * socket each, all in this process) each make an edit a second, at random moments, for a
 * minute (10 s with --quick), on the largest shipped map, through `counterpoint serve` run
 * as its own process. An edit rewrites the student's own claim (and, one time in ten, adds a
 * claim, one time in ten moves one); the time it takes to reach every other student is
 * measured from the write to the moment the last of them sees it. The server's memory
 * (RSS and V8 heap, from /health) is read before the room opens and after the run. With
 * `pointers`, every student also moves their pointer all the time, as the app sends it (a
 * presence update every 80 ms), so the edits are timed through that traffic too.
 */
export interface CollabBenchOptions {
  readonly quick?: boolean;
  readonly pointers?: boolean;
  readonly clients?: number;
  readonly log?: (line: string) => void;
}

export interface CollabBenchResult {
  readonly clients: number;
  readonly seconds: number;
  readonly edits: number;
  /** Edits that had not reached every other client when the run ended (should be 0). */
  readonly unseen: number;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly nodesAfter: number;
  readonly memory: { readonly before: Memory; readonly joined: Memory; readonly after: Memory };
  /** The server's CPU time per edit during the run (checking, applying, relaying, storing), ms. */
  readonly serverCpuPerEditMs: number;
  /** The machine's 1-minute load average when the run started (the figures are only as quiet as the machine). */
  readonly load: number;
}

interface Memory {
  readonly rss: number;
  readonly heapUsed: number;
  /** The server process's CPU time so far (user + system), µs. */
  readonly cpu: number;
}

const MAP = 'permanent-revolution';

export async function runCollabBench(options: CollabBenchOptions = {}): Promise<CollabBenchResult> {
  const log = options.log ?? (() => undefined);
  const count = options.clients ?? 30;
  const seconds = options.quick ? 10 : 60;
  const dir = tempDir('bench-collab');
  let server: ServeProcess | undefined;
  const clients: TestClient[] = [];
  try {
    server = await startServe({ dataDir: dir });
    const memory = async (): Promise<Memory> => {
      const h = (await (await fetch(`http://127.0.0.1:${server!.port}/health`)).json()) as Memory;
      return { rss: h.rss, heapUsed: h.heapUsed, cpu: h.cpu };
    };
    const before = await memory();

    const secret = newRoomSecret();
    const room = await roomIdForSecret(secret);
    const map = shippedMap(MAP);
    const owner = connect(server.url, room, secret, mapToDoc(map));
    clients.push(owner);
    await owner.synced();
    for (let i = 1; i < count; i++) clients.push(connect(server.url, room, secret));
    await waitFor(() => clients.every((c) => c.provider.isSynced && c.doc.getMap('nodes').size === map.nodes.length), 60_000, 'every client to sync');
    log(`collab bench: ${count} clients on room ${room} (${map.nodes.length} nodes)`);

    // Each student's own claim, added before the clock starts.
    const own = (i: number) => `bench-student-${i}`;
    const claims = Array.from({ length: count }, (_, i) => ({ id: own(i), kind: 'claim' as const, text: `Student ${i}, edit 0.` }));
    applyMapDiff(owner.doc, map, { ...map, nodes: [...map.nodes, ...claims] }, LOCAL_ORIGIN);
    await waitFor(() => clients.every((c) => c.doc.getMap('nodes').has(own(count - 1))), 30_000, "every student's claim");
    const joined = await memory();

    const sent = new Map<string, { at: number; waiting: Set<number> }>();
    const latencies: number[] = [];
    const seenSeq = clients.map(() => new Array<number>(count).fill(0));
    clients.forEach((client, j) => {
      client.doc.on('update', () => {
        const nodes = client.doc.getMap('nodes');
        for (let i = 0; i < count; i++) {
          if (i === j) continue;
          const text = (nodes.get(own(i)) as Y.Map<unknown> | undefined)?.get('text');
          const seq = typeof text === 'string' ? Number(/edit (\d+)\./.exec(text)?.[1] ?? 0) : 0;
          for (let n = seenSeq[j]![i]! + 1; n <= seq; n++) {
            const edit = sent.get(`${i}:${n}`);
            if (!edit) continue;
            edit.waiting.delete(j);
            if (edit.waiting.size === 0) {
              latencies.push(performance.now() - edit.at);
              sent.delete(`${i}:${n}`);
            }
          }
          seenSeq[j]![i] = Math.max(seenSeq[j]![i]!, seq);
        }
      });
    });

    let edits = 0;
    const load = loadavg()[0]!;
    const stopAt = performance.now() + seconds * 1000;
    // The app's pace (store/live/cursorShare.ts): one pointer update per 80 ms while it moves.
    const pointing = options.pointers
      ? clients.map((client) => setInterval(() => client.provider.awareness?.setLocalStateField('cursor', { x: Math.round(Math.random() * 3000), y: Math.round(Math.random() * 3000) }), 80))
      : [];
    const students = clients.map((client, i) =>
      (async () => {
        let seq = 0;
        let lastKey: string | undefined;
        await sleep(Math.random() * 1000);
        while (performance.now() < stopAt) {
          seq++;
          const roll = Math.random();
          const others = new Set(clients.keys());
          others.delete(i);
          sent.set(`${i}:${seq}`, { at: performance.now(), waiting: others });
          client.doc.transact(() => {
            (client.doc.getMap('nodes').get(own(i)) as Y.Map<unknown>).set('text', `Student ${i}, edit ${seq}.`);
            if (roll < 0.1) {
              const added = new Y.Map<unknown>();
              added.set('kind', 'claim');
              added.set('text', `A claim student ${i} added (${seq}).`);
              client.doc.getMap('nodes').set(`${own(i)}-added-${seq}`, added);
              // After the student's own claim (and its earlier additions): where a new node goes.
              const order = client.doc.getMap('nodesOrder');
              lastKey = generateKeyBetween(lastKey ?? (order.get(own(i)) as string), null);
              order.set(`${own(i)}-added-${seq}`, lastKey);
            } else if (roll < 0.2) {
              client.doc.getMap('layout').set(own(i), { x: Math.round(Math.random() * 2000), y: Math.round(Math.random() * 2000) });
            }
          }, LOCAL_ORIGIN);
          edits++;
          await sleep(1000);
        }
      })(),
    );
    await Promise.all(students);
    for (const timer of pointing) clearInterval(timer);
    await waitFor(() => sent.size === 0 || undefined, 10_000, 'the last edits').catch(() => undefined);
    const after = await memory();
    const s = stats(latencies);
    const result: CollabBenchResult = {
      clients: count,
      seconds,
      edits,
      unseen: sent.size,
      medianMs: s.median,
      p95Ms: s.p95,
      nodesAfter: owner.doc.getMap('nodes').size,
      memory: { before, joined, after },
      serverCpuPerEditMs: Math.round((after.cpu - joined.cpu) / 1000 / Math.max(1, edits) * 10) / 10,
      load: Math.round(load * 10) / 10,
    };
    return result;
  } finally {
    for (const c of clients) c.destroy();
    await server?.stop();
    removeDir(dir);
  }
}

export function formatCollab(r: CollabBenchResult, withPointers?: CollabBenchResult): string {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  const row = (label: string, m: Memory) => `| ${label} | ${mb(m.rss)} | ${mb(m.heapUsed)} |`;
  const pointerRows = withPointers
    ? [
        `| the same, every student's pointer moving (12.5 updates/s each) | ${withPointers.medianMs} | ${withPointers.p95Ms} | ${withPointers.edits} | ${withPointers.unseen} |`,
      ]
    : [];
  return [
    `Collaboration: ${r.clients} clients, one edit a second each for ${r.seconds} s, one room (${MAP}, ${r.nodesAfter} nodes at the end)`,
    '',
    '| edit reaches every other client | median ms | p95 ms | edits | not delivered |',
    '|---|---|---|---|---|',
    `| counterpoint serve, one process | ${r.medianMs} | ${r.p95Ms} | ${r.edits} | ${r.unseen} |`,
    ...pointerRows,
    '',
    `Server CPU per edit (checking it through the loader, applying, relaying to ${r.clients - 1} clients, storing): ${r.serverCpuPerEditMs} ms.`,
    `Clients and server share this machine (${cpus().length} cores, load average ${r.load} at the start).`,
    '',
    '| server memory | RSS | V8 heap used |',
    '|---|---|---|',
    row('before the room opened', r.memory.before),
    row(`${r.clients} clients joined`, r.memory.joined),
    row('after the run', r.memory.after),
    ...(withPointers ? [row('after the run with pointers', withPointers.memory.after)] : []),
    ...(withPointers ? ['', `Server CPU per edit with the pointers moving: ${withPointers.serverCpuPerEditMs} ms (the pointers' presence traffic included).`] : []),
  ].join('\n');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const quick = process.argv.includes('--quick');
  const log = (l: string) => process.stderr.write(`${l}\n`);
  const result = await runCollabBench({ quick, log });
  process.stdout.write(`${formatCollab(result, await runCollabBench({ quick, log, pointers: true }))}\n`);
}
