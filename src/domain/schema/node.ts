import { z } from 'zod';
import { ClaimSchema } from './claim';
import { NoteSchema } from './note';
import { ObjectionSchema } from './objection';
import { PassageSchema } from './passage';
import { WorkSchema } from './work';

export const NODE_SCHEMAS = {
  claim: ClaimSchema,
  passage: PassageSchema,
  objection: ObjectionSchema,
  work: WorkSchema,
  note: NoteSchema,
} as const;

export type NodeKind = keyof typeof NODE_SCHEMAS;
export const NODE_KINDS = Object.keys(NODE_SCHEMAS) as NodeKind[];

export const MapNodeSchema = z.discriminatedUnion('kind', [
  ClaimSchema,
  PassageSchema,
  ObjectionSchema,
  WorkSchema,
  NoteSchema,
]);
export type MapNode = z.infer<typeof MapNodeSchema>;
export type NodeOfKind<K extends NodeKind> = Extract<MapNode, { kind: K }>;

export function isNodeKind(value: unknown): value is NodeKind {
  return typeof value === 'string' && Object.hasOwn(NODE_SCHEMAS, value);
}

/** Nodes that carry a proposition and can be supported, attacked or contrasted. */
export function isArguable(node: MapNode): node is NodeOfKind<'claim' | 'objection'> {
  return node.kind === 'claim' || node.kind === 'objection';
}

/** The short label a node shows on the canvas, in lists and in outlines. */
export function nodeLabel(node: MapNode): string {
  switch (node.kind) {
    case 'claim':
    case 'objection':
    case 'note':
      return node.title ?? node.text;
    case 'passage':
      return node.quote;
    case 'work':
      return node.ref;
  }
}
