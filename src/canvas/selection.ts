import type { EdgeChange, NodeChange } from '@xyflow/react';

/** Applies React Flow's select changes to a list of selected ids, keeping the order they were selected in. */
export function applySelectChanges(current: readonly string[], changes: readonly (NodeChange | EdgeChange)[]): readonly string[] {
  let next: string[] | null = null;
  for (const c of changes) {
    if (c.type !== 'select') continue;
    const list: string[] = next ?? (next = [...current]);
    const at = list.indexOf(c.id);
    if (c.selected && at < 0) list.push(c.id);
    else if (!c.selected && at >= 0) list.splice(at, 1);
  }
  return next ?? current;
}
