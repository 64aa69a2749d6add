import type { Relation, Stance } from '../domain/schema/edge';

/**
 * How each relation is drawn. Colour is never the only cue: each relation also has its
 * own end marker, line weight and a glyph at its middle, so the map reads in greyscale
 * and for colour-blind users. No dashes: a dashed SVG stroke makes every pan frame of a
 * large map about ten times slower (see the measurements).
 */
export interface RelationStyle {
  readonly glyph: string;
  readonly markerEnd: string;
  readonly markerStart?: string;
  /** What the glyph's tooltip and the legend say. */
  readonly meaning: string;
}

export const RELATION_STYLES: Record<Exclude<Relation, 'assesses'>, RelationStyle> = {
  supports: { glyph: '+', markerEnd: 'cp-marker-supports', meaning: 'a reason or evidence for' },
  attacks: { glyph: '−', markerEnd: 'cp-marker-attacks', meaning: 'a reason against' },
  undercuts: { glyph: '⊘', markerEnd: 'cp-marker-undercuts', meaning: 'denies that a link holds' },
  contrasts: { glyph: 'vs', markerEnd: 'cp-marker-contrasts', markerStart: 'cp-marker-contrasts', meaning: 'rival answers to one question' },
  states: { glyph: '❝', markerEnd: 'cp-marker-states', meaning: 'the source states the claim here' },
};

export const STANCE_STYLES: Record<Stance, RelationStyle> = {
  supports: { glyph: '✓', markerEnd: 'cp-marker-assesses-supports', meaning: 'a historian\'s reading that supports the claim' },
  challenges: { glyph: '✕', markerEnd: 'cp-marker-assesses-challenges', meaning: 'a historian\'s reading that challenges the claim' },
  complicates: { glyph: '≈', markerEnd: 'cp-marker-assesses-complicates', meaning: 'a historian\'s reading that complicates the claim' },
};

export function relationStyle(relation: Relation, stance?: Stance): RelationStyle {
  return relation === 'assesses' ? STANCE_STYLES[stance ?? 'supports'] : RELATION_STYLES[relation];
}

/** The CSS modifier naming an edge's look: the relation, and for assessments the stance. */
export function edgeTone(relation: Relation, stance?: Stance): string {
  return relation === 'assesses' ? `assesses-${stance ?? 'supports'}` : relation;
}
