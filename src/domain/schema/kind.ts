import type { z } from './zod';
import type { Relation } from './edge';
import type { Reference } from './reference';
import type { Source } from './source';

/** The records of a map that a node names by id, by collection. */
export interface NamedRecords {
  readonly positions?: readonly string[];
  readonly questions?: readonly string[];
  readonly references?: readonly string[];
  readonly sources?: readonly string[];
  readonly nodes?: readonly string[];
}

/** What a kind may look up in its map to describe a node (a work names its reference by id). */
export interface KindLookups {
  reference(id: string): Reference | undefined;
  source(id: string): Source | undefined;
}

/**
 * A node kind as data: everything the layers above need to know about it without a
 * `switch` on its name. The canvas and the details panel find their components for a kind
 * in registries keyed by `kind`, and fall back to a generic card and generic fields.
 */
export interface KindDefinition<K extends string = string, S extends z.ZodObject = z.ZodObject> {
  readonly kind: K;
  readonly schema: S;
  /** What the kind is called in the interface: "Claim". */
  readonly title: string;
  /** The size its card is drawn at, in canvas units; fixed, so layouts can be computed anywhere. */
  readonly size: { readonly width: number; readonly height: number };
  /** Whether it carries a proposition: it can be supported, attacked, contrasted and outlined. */
  readonly arguable: boolean;
  /** Whether its text is typed in place on the canvas (the other kinds are made in dialogs). */
  readonly inlineEditable: boolean;
  /** The relations a node of this kind may start, and end (as architecture.md defines them). */
  readonly from: readonly Relation[];
  readonly to: readonly Relation[];
  /** The short label a node shows on its card, in lists and in outlines. */
  label(node: z.infer<S>): string;
  /** The records it names: each must exist in the map (the loader checks, copying brings them along). */
  names(node: z.infer<S>): NamedRecords;
  /** The words search matches it by. */
  searchWords(node: z.infer<S>, lookups: KindLookups): readonly string[];
}

export function defineKind<K extends string, S extends z.ZodObject>(definition: KindDefinition<K, S>): KindDefinition<K, S> {
  return definition;
}
