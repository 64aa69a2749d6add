/// <reference lib="webworker" />
import type { ElkNode } from 'elkjs/lib/elk-api';
import { computeLayout } from './computeLayout';

export interface LayoutRequest {
  readonly id: number;
  readonly graph: ElkNode;
}

export type LayoutResponse = { readonly id: number; readonly ok: true; readonly graph: ElkNode } | { readonly id: number; readonly ok: false; readonly error: string };

declare const self: DedicatedWorkerGlobalScope;

// Assigned (not added) on purpose: elk.bundled.js installs its own `self.onmessage` when it
// finds itself in a worker; this module's body runs after that import and takes it over.
self.onmessage = async (event: MessageEvent<LayoutRequest>) => {
  const { id, graph } = event.data;
  try {
    const response: LayoutResponse = { id, ok: true, graph: await computeLayout(graph) };
    self.postMessage(response);
  } catch (e) {
    const response: LayoutResponse = { id, ok: false, error: e instanceof Error ? e.message : String(e) };
    self.postMessage(response);
  }
};
