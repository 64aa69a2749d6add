import type { FlowNode } from './adapter';

/** Minimap fills per kind: enough to see where the claims, sources and objections lie. */
const FILLS: Record<string, string> = {
  claim: '#7d93b8',
  passage: '#d9c79a',
  objection: '#d48a84',
  work: '#8f9aab',
  note: '#efe08a',
};

export function minimapColor(node: FlowNode): string {
  return FILLS[node.type] ?? '#b8bec8';
}
