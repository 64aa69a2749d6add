import type { Stance } from './schema/edge';

/** Where the text itself stands on a claim, as the corpus records it (`claims[].textPosition`). */
export type TextPosition = 'endorses' | 'rejects' | 'qualifies';

/**
 * The historiography corpus gives each work's stance relative to the *text's* position on
 * a claim; a map's `assesses.stance` is relative to the claim the edge points at. This
 * converts the first into the second.
 *
 * - `endorses`: the text argues for the claim, so agreeing with the text is agreeing with
 *   the claim. Stances are kept.
 * - `rejects`: the claim is a rival's that the text attacks, so a work that supports the
 *   text challenges the claim and the reverse (Stalin's December 1924 preface challenges
 *   the text and so supports socialism in one country). Complicating the text's rejection
 *   complicates the claim too.
 * - `qualifies`: used for one claim only, Lenin's "democratic dictatorship of the proletariat
 *   and the peasantry", which the text accepts as anti-liberal but calls a deliberately vague
 *   hedge that 1917 superseded. Reading the corpus notes, every work that departs from the
 *   text's reading does so from the formula's side (Lih 2011 challenges it: a concrete
 *   programme, not a hedge; Lenin 1905 complicates it: a definite strategy), so relative to
 *   the claim it supports; a work that shares the text's reservation (Trotsky 1930: an open,
 *   "algebraic" formula that events filled in) backs the claim only with that reservation,
 *   so it complicates it.
 */
export function stanceTowardClaim(stanceTowardText: Stance, textPosition: TextPosition): Stance {
  switch (textPosition) {
    case 'endorses':
      return stanceTowardText;
    case 'rejects':
      return REJECTED[stanceTowardText];
    case 'qualifies':
      return QUALIFIED[stanceTowardText];
  }
}

const REJECTED: Record<Stance, Stance> = { supports: 'challenges', challenges: 'supports', complicates: 'complicates' };
const QUALIFIED: Record<Stance, Stance> = { supports: 'complicates', challenges: 'supports', complicates: 'supports' };
