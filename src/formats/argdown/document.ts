/**
 * What Counterpoint reads out of an Argdown document: plain records, free of the parser's
 * cyclic model objects, so the mapping to a map (toMap.ts) is pure and testable on its own.
 */

export interface TextLocation {
  readonly line: number;
  readonly column: number;
}

/** Where a problem is in the Argdown text: `line 12:4`. */
export function at(location: TextLocation | undefined): string {
  return location ? `line ${location.line}:${location.column}` : 'line 1:1';
}

export interface ArgdownSection {
  readonly id: string;
  readonly title: string;
  readonly level: number;
  readonly tags: readonly string[];
  readonly data: unknown;
  readonly parentId: string | undefined;
  readonly at: TextLocation | undefined;
}

export type PcsRole = 'premise' | 'intermediary-conclusion' | 'main-conclusion';

export interface PcsStatement {
  /** The statement's title: the equivalence class it belongs to. */
  readonly title: string;
  readonly role: PcsRole;
  readonly at: TextLocation | undefined;
}

/** A statement (an equivalence class of statements sharing a title) or an argument. */
export interface ArgdownElement {
  readonly type: 'statement' | 'argument';
  readonly title: string;
  /** The canonical member's text, trimmed; undefined when no member has text. */
  readonly text: string | undefined;
  readonly tags: readonly string[];
  readonly data: unknown;
  readonly sectionId: string | undefined;
  readonly at: TextLocation | undefined;
  /** An argument's premise-conclusion structure, in order; empty when it is not reconstructed. */
  readonly pcs: readonly PcsStatement[];
}

export interface ElementRef {
  readonly type: 'statement' | 'argument';
  readonly title: string;
}

export interface ArgdownRelation {
  /** support, attack, undercut, contrary, contradictory or entails (Argdown's own words). */
  readonly type: string;
  readonly from: ElementRef;
  readonly to: ElementRef;
  readonly at: TextLocation | undefined;
}

export interface ArgdownDocument {
  readonly statements: readonly ArgdownElement[];
  readonly arguments: readonly ArgdownElement[];
  readonly relations: readonly ArgdownRelation[];
  readonly sections: readonly ArgdownSection[];
  /** Whether the document opened with front matter (which is never read). */
  readonly hadFrontMatter: boolean;
}

export function elementKey(ref: ElementRef): string {
  return ref.type === 'statement' ? `[${ref.title}]` : `<${ref.title}>`;
}
