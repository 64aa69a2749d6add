import type { MapIndex } from '../graph';
import { nodeLabel, type MapNode } from '../schema/node';
import type { OutlineItem } from './types';

type NodeFields = Pick<OutlineItem, 'nodeId' | 'text' | 'title' | 'position' | 'cite'>;

/** The fields an outline item takes from the claim or objection it shows. */
export function nodeFields(index: MapIndex, node: MapNode): NodeFields {
  if (node.kind !== 'claim' && node.kind !== 'objection') return { nodeId: node.id, text: node.kind === 'passage' ? node.quote : node.id };
  const fields: { -readonly [K in keyof NodeFields]: NodeFields[K] } = { nodeId: node.id, text: node.text };
  if (node.title !== undefined) fields.title = node.title;
  const position = node.position === undefined ? undefined : index.positions.get(node.position);
  if (position) fields.position = { id: position.id, label: position.label };
  if (node.kind === 'objection' && node.ref !== undefined) {
    fields.cite = node.pages === undefined ? { refId: node.ref } : { refId: node.ref, pages: node.pages };
  }
  return fields;
}

/** A short label for one end of a link, for the line that says which link an undercut denies. */
export function shortLabel(node: MapNode | undefined): string {
  if (!node) return '?';
  const label = nodeLabel(node);
  return node.kind === 'passage' && label.length > 80 ? `${label.slice(0, 79)}…` : label;
}
