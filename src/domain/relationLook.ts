import type { Relation, Stance } from './schema/edge';

/**
 * How each relation is drawn, as data any renderer can use: the canvas (through CSS today),
 * the legend, and the SVG picture of a map. Colour is never the only cue: each relation has
 * its own end marker, line weight and sign at its middle, so a map reads in greyscale and for
 * colour-blind readers. (Copied from the canvas's relationStyles.ts, Markers.tsx and the
 * --cp-* colours of app.css, so formats need not import the canvas.)
 */

/** An end marker, in its own 12-unit-high box, drawn in the relation's colour (open ones white inside). */
export interface MarkerShape {
  readonly width: number;
  readonly refX: number;
  /** An SVG path in the marker's box, or a circle. */
  readonly path?: string;
  readonly circle?: { readonly cx: number; readonly cy: number; readonly r: number };
  /** Drawn as an outline on white rather than filled. */
  readonly open?: boolean;
}

export interface RelationLook {
  /** The sign at the middle of the line. */
  readonly glyph: string;
  /** What the sign's tooltip and the legend say. */
  readonly meaning: string;
  readonly color: string;
  readonly strokeWidth: number;
  readonly marker: MarkerShape;
  /** Contrasts are drawn with the marker at both ends: they are symmetric. */
  readonly markerAtStart?: boolean;
}

export const RELATION_COLORS = {
  supports: '#1b6e3a',
  attacks: '#b3261e',
  undercuts: '#7a2e8e',
  contrasts: '#4a5a78',
  states: '#7a5c1e',
  complicates: '#8a5a00',
} as const;

const ARROW: MarkerShape = { width: 12, refX: 11, path: 'M0,0 L12,6 L0,12 z' };
const DIAMOND: MarkerShape = { width: 12, refX: 11, path: 'M0,6 L6,0 L12,6 L6,12 z' };

export const RELATION_LOOKS: Readonly<Record<Exclude<Relation, 'assesses'>, RelationLook>> = {
  supports: { glyph: '+', meaning: 'a reason or evidence for', color: RELATION_COLORS.supports, strokeWidth: 2, marker: ARROW },
  // A bar across the shaft before the arrowhead: "against", distinct in shape from support.
  attacks: { glyph: '−', meaning: 'a reason against', color: RELATION_COLORS.attacks, strokeWidth: 3, marker: { width: 16, refX: 15, path: 'M0,0 H3 V12 H0 z M5,0 L16,6 L5,12 z' } },
  undercuts: { glyph: '⊘', meaning: 'denies that a link holds', color: RELATION_COLORS.undercuts, strokeWidth: 2.5, marker: { width: 4, refX: 3, path: 'M0,0 H4 V12 H0 z' } },
  contrasts: { glyph: 'vs', meaning: 'rival answers to one question', color: RELATION_COLORS.contrasts, strokeWidth: 1.5, marker: { width: 12, refX: 10, circle: { cx: 6, cy: 6, r: 4 }, open: true }, markerAtStart: true },
  states: { glyph: '❝', meaning: 'the source states the claim here', color: RELATION_COLORS.states, strokeWidth: 1.5, marker: { width: 12, refX: 11, path: 'M1,1 L11,6 L1,11', open: true } },
};

export const STANCE_LOOKS: Readonly<Record<Stance, RelationLook>> = {
  supports: { glyph: '✓', meaning: 'a historian\'s reading that supports the claim', color: RELATION_COLORS.supports, strokeWidth: 1.5, marker: DIAMOND },
  challenges: { glyph: '✕', meaning: 'a historian\'s reading that challenges the claim', color: RELATION_COLORS.attacks, strokeWidth: 1.5, marker: DIAMOND },
  complicates: { glyph: '≈', meaning: 'a historian\'s reading that complicates the claim', color: RELATION_COLORS.complicates, strokeWidth: 1.5, marker: DIAMOND },
};

export function relationLook(relation: Relation, stance?: Stance): RelationLook {
  return relation === 'assesses' ? STANCE_LOOKS[stance ?? 'supports'] : RELATION_LOOKS[relation];
}

/** A name for an edge's look: the relation, and for assessments the stance (`assesses-challenges`). */
export function relationTone(relation: Relation, stance?: Stance): string {
  return relation === 'assesses' ? `assesses-${stance ?? 'supports'}` : relation;
}

/** The relations a legend lists, in its order (assessments follow, by stance). */
export const LEGEND_RELATIONS: readonly Exclude<Relation, 'assesses'>[] = ['supports', 'attacks', 'undercuts', 'states', 'contrasts'];
