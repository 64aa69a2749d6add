import { z } from './zod';
import { claimKind } from './claim';
import type { KindDefinition } from './kind';
import { noteKind } from './note';
import { objectionKind } from './objection';
import { passageKind } from './passage';
import { workKind } from './work';

/**
 * The node kinds, one line each: a kind's module (schema, label, size, the records it
 * names, its search words, whether it is typed in place) is all the domain needs. The canvas
 * draws a kind with its card if it has one (`canvas/nodes/<Kind>Node.tsx`), else a generic one.
 */
export const KINDS = {
  claim: claimKind,
  passage: passageKind,
  objection: objectionKind,
  work: workKind,
  note: noteKind,
} as const;

export type NodeKind = keyof typeof KINDS;
export const NODE_KINDS = Object.keys(KINDS) as NodeKind[];

export const NODE_SCHEMAS = Object.fromEntries(NODE_KINDS.map((k) => [k, KINDS[k].schema])) as { [K in NodeKind]: (typeof KINDS)[K]['schema'] };

export const MapNodeSchema = z.discriminatedUnion(
  'kind',
  NODE_KINDS.map((k) => KINDS[k].schema) as unknown as [(typeof KINDS)[NodeKind]['schema'], ...(typeof KINDS)[NodeKind]['schema'][]],
);
export type MapNode = z.infer<(typeof KINDS)[NodeKind]['schema']>;
export type NodeOfKind<K extends NodeKind> = Extract<MapNode, { kind: K }>;

export function isNodeKind(value: unknown): value is NodeKind {
  return typeof value === 'string' && Object.hasOwn(KINDS, value);
}

/** A kind's definition, typed loosely: for code that treats every kind alike. */
export function kindDefinition(kind: NodeKind): KindDefinition<NodeKind, z.ZodObject> & { label(node: MapNode): string; names(node: MapNode): ReturnType<KindDefinition['names']>; searchWords(node: MapNode, lookups: Parameters<KindDefinition['searchWords']>[1]): readonly string[] } {
  return KINDS[kind] as never;
}

/** Nodes that carry a proposition and can be supported, attacked or contrasted. */
export function isArguable(node: MapNode): node is NodeOfKind<'claim' | 'objection'> {
  return KINDS[node.kind].arguable;
}

/** The short label a node shows on the canvas, in lists and in outlines. */
export function nodeLabel(node: MapNode): string {
  return kindDefinition(node.kind).label(node);
}
