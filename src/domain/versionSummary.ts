import type { ArgumentMap } from './schema/map';

/** What an earlier version holds, and how it differs from the open map, in a line a user can read. */
export interface VersionSummary {
  readonly nodes: number;
  readonly claims: number;
  readonly passages: number;
  readonly works: number;
  /** Nodes in the open map but not in the version, in the version but not now, and in both but different. */
  readonly added: number;
  readonly removed: number;
  readonly changed: number;
}

export function summarizeVersion(version: ArgumentMap, current: ArgumentMap): VersionSummary {
  const count = (kind: string) => version.nodes.filter((n) => n.kind === kind).length;
  const now = new Map(current.nodes.map((n) => [n.id, n]));
  let removed = 0;
  let changed = 0;
  for (const node of version.nodes) {
    const present = now.get(node.id);
    if (!present) removed += 1;
    // Nodes are plain JSON records; comparing their text is cheap next to reading the version.
    else if (present !== node && JSON.stringify(present) !== JSON.stringify(node)) changed += 1;
  }
  const inVersion = new Set(version.nodes.map((n) => n.id));
  const added = current.nodes.filter((n) => !inVersion.has(n.id)).length;
  return { nodes: version.nodes.length, claims: count('claim'), passages: count('passage'), works: count('work'), added, removed, changed };
}

/** "No differences", or e.g. "2 nodes added since, 1 removed, 3 changed". */
export function describeDifference(s: VersionSummary): string {
  if (s.added + s.removed + s.changed === 0) return 'Same nodes as now';
  const parts = [s.added && `${s.added} added since`, s.removed && `${s.removed} removed since`, s.changed && `${s.changed} changed`].filter(Boolean);
  return `Nodes: ${parts.join(', ')}`;
}
