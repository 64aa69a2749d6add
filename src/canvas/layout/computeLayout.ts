import ELK from 'elkjs/lib/elk.bundled.js';
import type { ElkNode } from 'elkjs/lib/elk-api';

let elk: InstanceType<typeof ELK> | null = null;

/** Runs ELK on a graph. Only the layout worker (and tests) import this, so ELK stays out of the main bundle. */
export function computeLayout(graph: ElkNode): Promise<ElkNode> {
  elk ??= new ELK();
  return elk.layout(graph);
}
