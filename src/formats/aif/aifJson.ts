/**
 * AIF as JSON: the AIFdb shape (`nodes`, `edges`, `locutions` at the top) and OVA3's, which
 * wraps the same lists in `AIF` and adds its own diagram in `OVA`. Information nodes (I)
 * hold propositions; scheme nodes join them: RA (inference: premises → RA → conclusion) and
 * CA (conflict: attacker → CA → what it attacks, an I-node or, for an undercut, a scheme
 * node). MA (rephrase) and PA (preference) join I-nodes too; L, TA and YA belong to dialogue.
 */
export interface AifNode {
  nodeID: string;
  text: string;
  type: 'I' | 'RA' | 'CA';
  scheme?: string;
  /** Counterpoint's own record of what the node is (see EXTENSION_KEY). */
  counterpoint?: Record<string, unknown>;
}

export interface AifEdge {
  edgeID: string;
  fromID: string;
  toID: string;
}

export interface AifDocument {
  nodes: AifNode[];
  edges: AifEdge[];
  locutions: unknown[];
  counterpoint?: Record<string, unknown>;
}

/**
 * The key under which Counterpoint keeps, on each node and at the top of the file, what AIF
 * has no field for: on an I-node the map node itself (`id`, `kind`, and its other fields); on
 * an RA or CA node the edge it stands for (`edge`, `relation`, `stance`, `note`, `pages`); at
 * the top the map's id, title, positions, questions, references and sources. Other AIF tools
 * ignore it; without it the importer reads the plain AIF.
 */
export const EXTENSION_KEY = 'counterpoint';
