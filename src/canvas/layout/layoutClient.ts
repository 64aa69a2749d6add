import type { Point } from '../../domain/schema/layout';
import type { ArgumentMap } from '../../domain/schema/map';
import { positionsFromElk, toElkGraph } from './elkGraph';
import type { LayoutRequest, LayoutResponse } from './layout.worker';

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, { resolve: (r: LayoutResponse) => void }>();

/** The layout worker, started on first use so ELK (about 1.5 MB) is never loaded by a user who does not lay out. */
function layoutWorker(): Worker {
  if (!worker) {
    worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module', name: 'counterpoint-layout' });
    worker.onmessage = (event: MessageEvent<LayoutResponse>) => {
      pending.get(event.data.id)?.resolve(event.data);
      pending.delete(event.data.id);
    };
    worker.onerror = (event) => {
      for (const { resolve } of pending.values()) resolve({ id: 0, ok: false, error: event.message || 'the layout worker failed' });
      pending.clear();
      worker?.terminate();
      worker = null;
    };
  }
  return worker;
}

/**
 * Lays out a map with ELK in the worker: every node, or only `ids` (the selection), whose
 * corner stays where it was. Resolves with the new positions; nothing else moves.
 */
export async function layoutPositions(doc: ArgumentMap, ids?: readonly string[]): Promise<Record<string, Point>> {
  const request: LayoutRequest = { id: nextId++, graph: toElkGraph(doc, ids ? new Set(ids) : undefined) };
  const response = await new Promise<LayoutResponse>((resolve) => {
    pending.set(request.id, { resolve });
    layoutWorker().postMessage(request);
  });
  if (!response.ok) throw new Error(`layout failed: ${response.error}`);
  return positionsFromElk(doc, response.graph);
}
