import type { ArgumentMap } from '../../domain/schema/map';

/**
 * Fresh ids for new nodes and edges. Nodes and edges share one namespace (an undercut
 * names an edge by id), so both are scanned. Ids read `<prefix>-<n>` with n above the
 * largest already used with that prefix, so they stay short, readable and in order.
 */
export function freshIds(doc: ArgumentMap, prefix: string, count: number, taken: Iterable<string> = [], tag: string | null = null): string[] {
  // A live map's ids carry the editor's tag (`claim-k3x9-1`): two people adding a claim at
  // once would otherwise both make `claim-3`, and one claim would replace the other.
  if (tag) prefix = `${prefix}-${tag}`;
  const pattern = new RegExp(`^${escapeRegExp(prefix)}-(\\d+)$`);
  let max = 0;
  const scan = (id: string) => {
    const m = pattern.exec(id);
    if (m) max = Math.max(max, Number(m[1]));
  };
  for (const n of doc.nodes) scan(n.id);
  for (const e of doc.edges) scan(e.id);
  for (const id of taken) scan(id);
  return Array.from({ length: count }, () => `${prefix}-${++max}`);
}

export function freshId(doc: ArgumentMap, prefix: string, taken: Iterable<string> = [], tag: string | null = null): string {
  return freshIds(doc, prefix, 1, taken, tag)[0]!;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
