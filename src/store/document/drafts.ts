import type { MapNode } from '../../domain/schema/node';

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** A node to add: any kind's fields, with the id optional (a fresh one is made from the kind). */
export type NodeDraft = DistributiveOmit<MapNode, 'id'> & { readonly id?: string };

export type { NodePatch as EditPatch } from './nodes';
export type { EdgePatch as EdgePatchInput } from './edges';
